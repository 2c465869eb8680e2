import {blockContentVariants} from '../fixtures/documents/brokenVariants.ts'
import {expectRejected, rows} from './runVariant.ts'

// The rich-text rules (blockContent, simpleBlockContent, annotations, tables, callouts, code, figures),
// each broken in the working group's body; the valid body passes in workingGroup.test.ts.
test.each(rows(blockContentVariants))('blockContent: rejects %s', async (_description, _mutation, _path, _message, variant) => {
  await expectRejected(variant)
})
