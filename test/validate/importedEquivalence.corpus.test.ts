import {readFileSync} from 'node:fs'
import type {ImportedDocument} from '../../importer/types.ts'
import {createValidator} from '../../importer/validate/createValidator.ts'
import type {Doc} from '../fixtures/documents/build.ts'
import {WORKING_GROUPS} from '../fixtures/structure/corpus.ts'
import {importCorpus} from '../support/importCorpus.ts'
import {canonical, sanityValidate, schema} from './sanityReference.ts'

/**
 * Equivalence on what the importer really writes: every document of the working-groups tree
 * (working groups with charters, members and contacts; legacy pages with internal links; member
 * lists) and broken variants of real documents, through Sanity's validateDocument and through
 * the import's validator, in the studio environment (the one whose levels the Studio shows).
 */
let documents: ImportedDocument[]
beforeAll(async () => {
  const {file} = await importCorpus([WORKING_GROUPS])
  documents = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ImportedDocument)
}, 120_000)

const clone = <T>(value: T): T => structuredClone(value)

/** Breakages an editor or a faulty import could make, applied to a real document of each type. */
const breakages: [string, (docs: Doc[]) => Doc][] = [
  ['group without title', (docs) => Object.assign(docs.find((d) => d._type === 'workingGroup')!, {title: undefined})],
  ['active group without summary', (docs) => Object.assign(docs.find((d) => d._type === 'workingGroup' && d.status === 'active')!, {summary: ''})],
  ['member with a bad email', (docs) => {
    const group = docs.find((d) => d._type === 'workingGroup' && Array.isArray(d.members) && (d.members as unknown[]).length > 0)!
    ;(group.members as {email?: string}[])[0]!.email = 'not an email'
    return group
  }],
  ['member role off the list', (docs) => {
    const group = docs.find((d) => d._type === 'workingGroup' && Array.isArray(d.members) && (d.members as unknown[]).length > 0)!
    ;(group.members as {role?: string}[])[0]!.role = 'emperor'
    return group
  }],
  ['meeting notes without date', (docs) => Object.assign(docs.find((d) => d.kind === 'meetingNotes')!, {date: undefined})],
  ['duplicate slug', (docs) => {
    const [a, b] = docs.filter((d) => d._type === 'legacyPage')
    b!.slug = clone(a!.slug)
    return b!
  }],
  ['link with a bad URL', (docs) => {
    const page = docs.find((d) => JSON.stringify(d.body ?? []).includes('"_type":"link"'))!
    const block = (page.body as {markDefs?: {_type: string; href?: string}[]}[]).find((b) => b.markDefs?.some((m) => m._type === 'link'))!
    block.markDefs!.find((m) => m._type === 'link')!.href = 'http://exa mple.org/%'
    return page
  }],
  ['member list without group name', (docs) => Object.assign(docs.find((d) => d._type === 'memberList')!, {moinGroupName: undefined})],
]

test('imported equivalence: every written working-groups document gets the same markers from both', async () => {
  expect(documents.length).toBe(175)
  const batch = documents as unknown as Doc[]
  const validator = await createValidator(schema, {environment: 'studio', documents: batch})
  let markers = 0
  for (const document of batch) {
    const expected = await sanityValidate(document, batch, 'studio')
    markers += expected.length
    expect({id: document._id, markers: canonical(await validator.validate(document))}).toEqual({id: document._id, markers: canonical(expected)})
  }
  console.log(`imported equivalence: ${batch.length} documents, ${markers} markers, identical`)
}, 120_000)

test.each(breakages)('imported equivalence: %s is caught alike by both', async (_name, breakIt) => {
  const batch = clone(documents) as unknown as Doc[]
  const broken = breakIt(batch)
  const expected = await sanityValidate(broken, batch, 'studio')
  expect(expected.some((marker) => marker.level === 'error')).toBe(true)
  const actual = await (await createValidator(schema, {environment: 'studio', documents: batch})).validate(broken)
  expect(canonical(actual)).toEqual(canonical(expected))
})
