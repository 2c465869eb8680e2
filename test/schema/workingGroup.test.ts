import {workingGroupVariants} from '../fixtures/documents/brokenVariants.ts'
import {workingGroup, validDocuments} from '../fixtures/documents/validDocuments.ts'
import {sanityValidate} from '../validate/sanityReference.ts'
import {expectRejected, rows} from './runVariant.ts'

test.each([workingGroup].map((doc) => [doc._id, doc]))('workingGroup: valid example %s passes validateDocument', async (_id, doc) => {
  expect(await sanityValidate(doc, validDocuments)).toEqual([])
})

test.each(rows(workingGroupVariants))('workingGroup: rejects %s', async (_description, _mutation, _path, _message, variant) => {
  await expectRejected(variant)
})
