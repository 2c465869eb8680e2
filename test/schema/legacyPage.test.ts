import {legacyPageVariants} from '../fixtures/documents/brokenVariants.ts'
import {legacyPages, validDocuments} from '../fixtures/documents/validDocuments.ts'
import {sanityValidate} from '../validate/sanityReference.ts'
import {expectRejected, rows} from './runVariant.ts'

test.each(legacyPages.map((doc) => [doc._id, doc]))('legacyPage: valid example %s passes validateDocument', async (_id, doc) => {
  expect(await sanityValidate(doc, validDocuments)).toEqual([])
})

test.each(rows(legacyPageVariants))('legacyPage: rejects %s', async (_description, _mutation, _path, _message, variant) => {
  await expectRejected(variant)
})
