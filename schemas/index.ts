import {legacyPage} from './documents/legacyPage.ts'
import {memberList} from './documents/memberList.ts'
import {workingGroup} from './documents/workingGroup.ts'
import {attachment} from './objects/attachment.ts'
import {attachmentLink} from './objects/attachmentLink.ts'
import {blockContent} from './objects/blockContent.ts'
import {callout} from './objects/callout.ts'
import {charterVersion} from './objects/charterVersion.ts'
import {codeBlock} from './objects/codeBlock.ts'
import {contact} from './objects/contact.ts'
import {definitionItem} from './objects/definitionItem.ts'
import {definitionList} from './objects/definitionList.ts'
import {figure} from './objects/figure.ts'
import {inlineImage} from './objects/inlineImage.ts'
import {internalLink} from './objects/internalLink.ts'
import {link} from './objects/link.ts'
import {member} from './objects/member.ts'
import {memberListEntry} from './objects/memberListEntry.ts'
import {provenance} from './objects/provenance.ts'
import {simpleBlockContent} from './objects/simpleBlockContent.ts'
import {table} from './objects/table.ts'
import {tableCell} from './objects/tableCell.ts'
import {tableRow} from './objects/tableRow.ts'
import {tocEntry} from './objects/tocEntry.ts'

/** The one list of schema types: documents first, then the objects they are built from. */
export const schemaTypes = [
  workingGroup,
  legacyPage,
  memberList,
  blockContent,
  simpleBlockContent,
  link,
  internalLink,
  attachmentLink,
  table,
  tableRow,
  tableCell,
  callout,
  codeBlock,
  definitionList,
  definitionItem,
  figure,
  inlineImage,
  attachment,
  member,
  contact,
  charterVersion,
  provenance,
  tocEntry,
  memberListEntry,
]
