import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {evaluate, parse} from 'groq-js'
import type {ExtractedFacts} from '../../importer/assemble/types.ts'
import {runImport, type ImportResult} from '../../importer/pipeline.ts'
import type {FileReport} from '../../importer/report/types.ts'
import {classifyPages} from '../../importer/classify/classifyPages.ts'
import type {Classification} from '../../importer/classify/types.ts'
import {documentId} from '../../importer/identity/documentId.ts'
import type {ImportedDocument, PageRecord} from '../../importer/types.ts'
import {CORPUS, readCorpusRecords, WORKING_GROUPS} from '../fixtures/structure/corpus.ts'

const SITE = 'https://wiki.python.org/'
const WG = 'psf/working-groups'
const redirects = () => JSON.parse(readFileSync(path.join(CORPUS, '_redirects.json'), 'utf8')) as Record<string, string>

let records: PageRecord[]
let classification: Classification
let result: ImportResult
let byPath: Map<string, ImportedDocument>
let rows: Map<string, FileReport>

beforeAll(async () => {
  // The sources, read and classified on their own, say what to expect; the documents come from the pipeline.
  ;({records} = await readCorpusRecords(WG))
  classification = classifyPages(records)
  result = await runImport({sources: [WORKING_GROUPS], siteUrl: SITE, maxFileBytes: 5 * 1024 * 1024})
  byPath = new Map(result.documents.map((doc) => [doc.provenance.sourcePath, doc]))
  rows = new Map(result.report.files.map((row) => [row.sourcePath, row]))
})

/** The report row of a file: what became of it, the facts extracted, its broken links. */
const outcome = (file: string) => {
  const row = rows.get(`${WG}/${file}`)
  if (!row) throw new Error(`no report row for ${WG}/${file}`)
  return {...row, extracted: row.extracted as ExtractedFacts}
}

/** Every broken link of the report, with the file it is in. */
const brokenLinks = () => [...rows.values()].flatMap((row) => (row.brokenLinks ?? []).map((link) => ({sourcePath: row.sourcePath, ...link})))

const doc = (file: string) => {
  const found = byPath.get(`${WG}/${file}`)
  if (!found) throw new Error(`no document for ${WG}/${file}`)
  return found as ImportedDocument & Record<string, any>
}

/** Every `_ref` of internal link annotations anywhere in a document. */
function internalRefs(value: unknown, refs: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => internalRefs(item, refs))
  else if (value && typeof value === 'object') {
    const object = value as Record<string, any>
    if (object._type === 'internalLink') refs.push(object.reference._ref)
    for (const child of Object.values(object)) internalRefs(child, refs)
  }
  return refs
}

/** The toctree of a page, read straight from its markdown (not from the converter). */
function sourceToctree(file: string): string[] {
  const text = readFileSync(path.join(CORPUS, WG, file), 'utf8')
  const block = /```\{toctree\}\n([\s\S]*?)```/.exec(text)?.[1] ?? ''
  return block.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith(':'))
}

describe('working groups corpus', () => {
  test('every file becomes exactly one document; ids are unique', () => {
    expect(result.report.files).toHaveLength(records.length)
    expect(result.report.files.every((row) => row.status === 'imported')).toBe(true)
    expect(records.length).toBe(175)
    const ids = result.documents.map((document) => document._id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const record of records) expect(byPath.get(record.file.path)?._id).toBe(documentId(record.file.path))
  })

  test('16 active groups in the index order, with their summaries', () => {
    const index = readFileSync(path.join(CORPUS, WG, 'index.md'), 'utf8')
    const section = index.slice(index.indexOf('## Active Working Groups'), index.indexOf('## Legacy Working Group Pages'))
    const expected = [...section.matchAll(/^- \[([^\]]+)\]\(([^)]+)\) -- (.*)$/gm)].map((m) => ({title: m[1], summary: m[3]}))
    const active = classification.groups.filter((group) => group.status === 'active')
    expect(active).toHaveLength(16)
    expect(active.map(({title, summary}) => ({title, summary}))).toEqual(expected)
    expect(active.at(-1)!.title).toBe('Example WG')
    for (const group of active) {
      const document = result.documents.find((candidate) => candidate._id === group.documentId) as Record<string, any>
      expect(document).toMatchObject({_type: 'workingGroup', status: 'active', title: group.title, summary: group.summary})
    }
  })

  test('historical groups: Diversity and Inclusion, Infrastructure, Python Edu (with its charter and the Education member list)', () => {
    const historical = result.documents.filter((document) => document._type === 'workingGroup' && (document as any).status === 'historical')
    expect(historical.map((document) => document.provenance.sourcePath)).toEqual([
      `${WG}/Diversity and Inclusion.md`,
      `${WG}/Infrastructure.md`,
      `${WG}/Python Edu.md`,
    ])
    const edu = doc('Python Edu.md')
    expect(edu.charter).toMatchObject({title: 'Python Edu Charter', provenance: {sourcePath: `${WG}/Python Edu Charter.md`}})
    expect(doc('Education Group.md').group._ref).toBe(edu._id)
    expect(doc('Python Edu Charter.md')).toMatchObject({_type: 'legacyPage', kind: 'charter', group: {_ref: edu._id}})
    expect(doc('Education Ecosystem.md')).toMatchObject({_type: 'legacyPage', kind: 'legacy'})
    expect(doc('Education Ecosystem.md').group).toBeUndefined()
    expect(doc('Infrastructure.md').members).toEqual([expect.objectContaining({name: 'Ee Durbin', role: 'chair'})])
  })

  test('7 member lists with their MoinMoin group names, usernames and groups', () => {
    const lists = result.documents.filter((document) => document._type === 'memberList') as Record<string, any>[]
    expect(lists).toHaveLength(7)
    expect(Object.fromEntries(lists.map((list) => [list.moinGroupName, list.entries.map((entry: any) => entry.username)]))).toEqual({
      ConductWGGroup: ['LukaszLanga', 'TaniaAllard'],
      EducationWGGroup: ['Cheukting'],
      FellowWGGroup: ['NaomiCeder', 'KushalDas', 'BrunoRocha', 'OliviaSauls'],
      GrantsWGGroup: ['LauraGraves', 'marienordin', 'VickyLee'],
      PackagingWGGroup: ['dstufft', 'di', 'AlyssaCoghlan'],
      ScientificWGGroup: ['DavidMertz', 'StefanVanDerWalt'],
      SponsorWGGroup: [],
    })
    const packaging = doc('Packaging Group.md')
    expect(packaging.group._ref).toBe(doc('Packaging/index.md')._id)
    expect(outcome('Fellow Group.md').extracted.memberList?.moinGroupNameSource).toBe('redirects')
    const fellow = doc('Fellow Group.md')
    expect(fellow.entries.find((entry: any) => entry.username === 'NaomiCeder').profileUrl).toBe(`${SITE}people/N-P/Naomi%20Ceder.html`)
    // What is not a username stays in the remaining text.
    expect(JSON.stringify(fellow.body)).toContain('#acl MembersGroup:read')
    expect(JSON.stringify(packaging.body)).not.toContain('dstufft')
    expect(JSON.stringify(packaging.body)).toContain('Members of the PackagingWGGroup')
  })

  test('110 Packaging meeting notes, dated from their file names', () => {
    const notes = result.documents.filter(
      (document) => (document as any).kind === 'meetingNotes' && document.provenance.sourcePath.startsWith(`${WG}/Packaging/`),
    ) as Record<string, any>[]
    expect(notes).toHaveLength(110)
    const group = doc('Packaging/index.md')._id
    for (const note of notes) {
      expect(note.date).toBe(path.basename(note.provenance.sourcePath).slice(0, 10))
      expect(note.group._ref).toBe(group)
    }
  })

  test('Packaging: chair Donald Stufft, co-chairs Dustin Ingram and Nicole Harris, contact packaging-wg@python.org', () => {
    const packaging = doc('Packaging/index.md')
    const byRole = (role: string) => packaging.members.filter((member: any) => member.role === role && !member.former).map((member: any) => member.name)
    expect(byRole('chair')).toEqual(['Donald Stufft'])
    expect(byRole('co-chair')).toEqual(['Dustin Ingram', 'Nicole Harris'])
    expect(packaging.members.find((member: any) => member.name === 'Jannis Leidel')).toMatchObject({role: 'non-voting', note: 'PSF Board member'})
    expect(packaging.contacts).toContainEqual(expect.objectContaining({kind: 'email', value: 'packaging-wg@python.org'}))
    expect(packaging.charter.provenance.sourcePath).toBe(`${WG}/Packaging/Charter.md`)
  })

  test('Scientific: three charter versions, v3 current; members from the legacy page, the v1 list reported as different', () => {
    const scientific = doc('Scientific/index.md')
    expect(scientific.charter).toMatchObject({version: 3, provenance: {sourcePath: `${WG}/Scientific/Charter_v3.md`}})
    expect(scientific.earlierCharters.map((charter: any) => charter.version)).toEqual([1, 2])
    const scientificRow = outcome('Scientific/index.md')
    expect(scientificRow.extracted.charterVersions).toHaveLength(3)
    expect(scientificRow.extracted.membersFrom).toBe(`${WG}/Scientific.md`)
    expect(scientificRow.extracted.memberDifferences).toContainEqual(expect.objectContaining({sourcePath: `${WG}/Scientific/Charter.md`}))
    // Charter pages stay documents of their own, which links point at.
    for (const file of ['Charter.md', 'Charter_v2.md', 'Charter_v3.md']) expect(doc(`Scientific/${file}`)).toMatchObject({kind: 'charter'})
  })

  test('when charter and legacy page disagree the charter wins and the difference is reported (Jobs)', () => {
    const jobs = outcome('Jobs/index.md')
    expect(jobs.extracted.membersFrom).toBe(`${WG}/Jobs/Charter.md`)
    expect(jobs.extracted.memberDifferences).toContainEqual(
      expect.objectContaining({sourcePath: `${WG}/Jobs.md`, extra: expect.arrayContaining(['Jon Clement']), missing: expect.arrayContaining(['Jon Clements'])}),
    )
    expect(jobs.warnings.map((warning) => warning.code)).toContain('member-lists-differ')
  })

  test('extracted facts also stay in the body text', () => {
    expect(JSON.stringify(doc('Packaging/Charter.md').body)).toContain('Donald Stufft (chair)')
    expect(JSON.stringify(doc('Packaging/index.md').charter.body)).toContain('packaging-wg@python.org')
  })

  test('GROQ: each group lists its pages in the source order (toctree, then the index legacy list)', async () => {
    const query = parse('*[_type == "workingGroup" && status == "active"]{title, "pages": pages[]->provenance.sourcePath}')
    const groups = (await (await evaluate(query, {dataset: result.documents})).get()) as {title: string; pages: string[]}[]
    expect(groups).toHaveLength(16)
    for (const group of groups) {
      const plan = classification.groups.find((candidate) => candidate.title === group.title)!
      const folder = plan.key.slice(WG.length + 1)
      const toctree = sourceToctree(`${folder}/index.md`).map((entry) => `${WG}/${folder}/${entry}.md`)
      expect(group.pages.slice(0, toctree.length)).toEqual(toctree)
      const rest = group.pages.slice(toctree.length)
      const legacyOrder = [`${WG}/${folder}.md`, `${WG}/${folder} Group.md`].filter((file) => existsSync(path.join(CORPUS, file)))
      expect(rest).toEqual(legacyOrder)
    }
    const packaging = groups.find((group) => group.title === 'Packaging WG')!
    expect(packaging.pages).toHaveLength(114)
  })

  test('the index page is kept as a legacy page of kind index, linking every group and legacy page', () => {
    const index = doc('index.md')
    expect(index).toMatchObject({_type: 'legacyPage', kind: 'index'})
    const refs = internalRefs(index.body)
    expect(refs).toHaveLength(16 + 26)
    expect(index.toctree.every((entry: any) => entry.document?._ref)).toBe(true)
  })

  test('every internal link whose target exists in the tree is a reference', () => {
    const table = redirects()
    const inTree = new Set(records.map((record) => record.file.path))
    let expected = 0
    for (const record of records) {
      const refs = new Set(internalRefs(byPath.get(record.file.path)))
      for (const [, href] of record.file.text.matchAll(/(?<!!)\[[^\]\n]*\]\(([^)\n]*(?:\([^)\n]*\)[^)\n]*)*)\)/g)) {
        const target = naiveTarget(record.file.path, href!, table)
        const file = target && [`${target}.md`, `${target}/index.md`].find((candidate) => inTree.has(candidate))
        if (!file) continue
        expected++
        expect({page: record.file.path, href, referenced: refs.has(documentId(file))}).toEqual({page: record.file.path, href, referenced: true})
      }
    }
    expect(expected).toBeGreaterThan(150)
  })

  test('every link reported broken really leads nowhere', () => {
    const table = redirects()
    const broken = brokenLinks()
    expect(broken.length).toBeGreaterThan(100)
    for (const link of broken) {
      expect(link.sourcePath).toBeDefined()
      if (link.href.trim() === '' || link.reason === 'not a valid URL') continue
      const target = naiveTarget(link.sourcePath, link.href, table)
      const exists = target !== undefined && [`${target}.md`, `${target}/index.md`].some((file) => existsSync(path.join(CORPUS, file)))
      expect({href: link.href, page: link.sourcePath, exists}).toEqual({href: link.href, page: link.sourcePath, exists: false})
    }
    // Examples a reader of the report will meet, with lines.
    expect(broken).toContainEqual(expect.objectContaining({sourcePath: `${WG}/Packaging.md`, href: './(20).html', line: 84}))
    expect(broken).toContainEqual(expect.objectContaining({sourcePath: `${WG}/Packaging Group.md`, href: 'HelpOnGroups'}))
  })

  test('every relative link that leads nowhere by the plain reading is reported, unless a fallback found its page', () => {
    const table = redirects()
    const reported = new Set(brokenLinks().map((link) => `${link.sourcePath} ${link.href}`))
    let unresolved = 0
    for (const record of records) {
      const hrefs = new Set(JSON.stringify(byPath.get(record.file.path)).match(/"href":"[^"]*"/g) ?? [])
      for (const [, href] of record.file.text.matchAll(/(?<!!)\[[^\]\n]*\]\(([^)\n]*(?:\([^)\n]*\)[^)\n]*)*)\)/g)) {
        const target = naiveTarget(record.file.path, href!, table)
        if (target === undefined || [`${target}.md`, `${target}/index.md`].some((file) => existsSync(path.join(CORPUS, file)))) continue
        unresolved++
        // Reported as broken, or rewritten (so the href as written is gone from the document).
        const kept = hrefs.has(`"href":${JSON.stringify(href)}`)
        expect({page: record.file.path, href, accounted: reported.has(`${record.file.path} ${href}`) || !kept}).toEqual({
          page: record.file.path,
          href,
          accounted: true,
        })
      }
    }
    expect(unresolved).toBeGreaterThan(100)
  })

  test('links out of the tree: wiki pages become site URLs, attachments become attachment links', () => {
    const bylaws = JSON.stringify(doc('Bylaws.md').body)
    expect(bylaws).toContain(`"href":"${SITE}psf/governance/NewMembershipModel.html"`)
    expect(bylaws).toContain('"_type":"attachmentLink"')
    expect(bylaws).toContain(`file@file://${CORPUS}/psf/_attachments/BylawsWG/PythonSoftwareFoundationBylaws_33223534-2013-10-09.pdf`)
    expect(JSON.stringify(doc('Fellow.md').body)).toContain(`${SITE}people/D-E/Ewa%20Jodlowska.html`)
  })

  test('no reference points at a document the import does not write', () => {
    const ids = new Set(result.documents.map((document) => document._id))
    const all: string[] = []
    const visit = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(visit)
      else if (value && typeof value === 'object') {
        const ref = (value as {_ref?: unknown})._ref
        if (typeof ref === 'string') all.push(ref)
        Object.values(value).forEach(visit)
      }
    }
    result.documents.forEach(visit)
    expect(all.length).toBeGreaterThan(400)
    expect(all.filter((ref) => !ids.has(ref))).toEqual([])
  })

  test('documents pass the schema validation', async () => {
    const validatorFile = path.resolve('importer/validate/createValidator.ts')
    if (!existsSync(validatorFile)) throw new Error('importer/validate/createValidator.ts is missing: cannot check the documents against the schema')
    const {createValidator} = (await import(validatorFile)) as typeof import('../../importer/validate/createValidator.ts')
    const {schemaTypes} = await import('../../schemas/index.ts')
    const validator = await createValidator(schemaTypes, {environment: 'import'})
    const results = await validator.validateAll(result.documents)
    const errors = results.flatMap(({documentId: id, markers}) =>
      markers.filter((marker) => marker.level === 'error').map((marker) => ({id, path: JSON.stringify(marker.path), message: marker.message})),
    )
    expect(errors).toEqual([])
  })
})

/**
 * Where an href leads, by the plainest reading and without the importer's code: a path relative
 * to the page, or a `./Name.html` MoinMoin name looked up in `_redirects.json`. Undefined for
 * absolute URLs, mailto, anchors and attachments.
 */
function naiveTarget(page: string, href: string, table: Record<string, string>): string | undefined {
  const plain = href.trim().split('#')[0]!
  if (!plain || /^[a-z][a-z0-9+.-]*:/i.test(plain) || plain.startsWith('attachments/') || plain.startsWith('/')) return undefined
  let decoded = plain
  try {
    decoded = decodeURIComponent(plain)
  } catch {}
  const moin = /^\.\/([^/]+)\.html$/.exec(decoded)
  if (moin) {
    const name = moin[1]!
    const section = page.split('/')[0]
    const unescaped = name.replace(/\(([0-9a-f]{2})\)/g, (_all, hex) => String.fromCharCode(parseInt(hex, 16)))
    return table[`${section}/${name}`] ?? table[`${section}/${unescaped}`] ?? `${section}/${unescaped}`
  }
  return path.posix.normalize(path.posix.join(path.posix.dirname(page), decoded)).replace(/\.md$/, '')
}
