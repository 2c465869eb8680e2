import {memberListVariants} from '../fixtures/documents/brokenVariants.ts'
import {memberList, validDocuments} from '../fixtures/documents/validDocuments.ts'
import {sanityValidate} from '../validate/sanityReference.ts'
import {expectRejected, rows} from './runVariant.ts'

test.each([memberList].map((doc) => [doc._id, doc]))('memberList: valid example %s passes validateDocument', async (_id, doc) => {
  expect(await sanityValidate(doc, validDocuments)).toEqual([])
})

test.each(rows(memberListVariants))('memberList: rejects %s', async (_description, _mutation, _path, _message, variant) => {
  await expectRejected(variant)
})
