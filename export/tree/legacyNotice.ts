import {LEGACY_NOTICE_TITLE} from '../../importer/convert/directives/directiveHandlers.ts'

/**
 * The admonition the wiki puts under the title of every migrated page, word for word as the wiki
 * has it (e.g. psf/working-groups/Bylaws.md); the importer keeps only the flag `legacyNotice`.
 */
export const LEGACY_NOTICE = [
  `\`\`\`{admonition} ${LEGACY_NOTICE_TITLE}`,
  ':class: note',
  '',
  'This page was migrated from the old MoinMoin-based wiki. Information may be outdated or no longer applicable. For current documentation, see [python.org](https://www.python.org).',
  '```',
].join('\n')
