import path from 'node:path'
import {documentId} from '../identity/documentId.ts'
import type {ImportWarning, PageRecord} from '../types.ts'
import {blockText, isHeading, isTextBlock} from './blockText.ts'
import {isGroupIndex, readGroupIndex, type GroupIndexEntry} from './readGroupIndex.ts'
import {charterVersion, meetingDate, subpageKind} from './subpageKind.ts'
import type {Classification, ClassifiedPage, GroupPlan} from './types.ts'

type Decision = Omit<ClassifiedPage, 'record' | 'sourcePath' | 'documentId' | 'warnings'> & {warnings?: ImportWarning[]}

/** What a top-level page next to the index is, from its index entry (or its name alone). */
type EntryRole =
  | {role: 'memberList'; groupName: string}
  | {role: 'charter'; groupName: string}
  | {role: 'groupLegacy'; groupName: string}
  | {role: 'historicalGroup'}
  | {role: 'plain'}

/** Rules for the index's legacy list, in order; the first that matches decides. */
const ENTRY_RULES: ((base: string, text: string, active: ReadonlySet<string>) => EntryRole | undefined)[] = [
  (base) => (/ Group$/.test(base) ? {role: 'memberList', groupName: base.replace(/ Group$/, '')} : undefined),
  (base) => (/ Charter$/.test(base) ? {role: 'charter', groupName: base.replace(/ Charter$/, '')} : undefined),
  (base, _text, active) => (active.has(base) ? {role: 'groupLegacy', groupName: base} : undefined),
  (_base, text) => (/\bWG\b|\bWorking Group\b/i.test(text) ? {role: 'historicalGroup'} : undefined),
]

/**
 * The classify stage: decides for every page what document it becomes. A page whose body has an
 * "Active Working Groups" heading is a working groups index and decides the groups: each active
 * entry's `X/index.md` is an active `workingGroup`; in its legacy list, `X Group` pages are member
 * lists, `X Charter` pages charters, pages named like an active group that group's legacy pages,
 * other "… WG" entries historical groups (their page is the group document) and anything else a
 * plain legacy page. Pages in a group's folder are its charters, meeting notes (dated file names),
 * agendas, announcements and subpages. Every other page is a legacy page.
 */
export function classifyPages(records: readonly PageRecord[]): Classification {
  const byPath = new Map(records.map((record) => [record.file.path, record]))
  const decisions = new Map<string, Decision>()
  const groups: GroupPlan[] = []
  const synthesized: GroupPlan[] = []
  const indexPaths: string[] = []
  const legacyOrder: string[] = []
  const indexWarnings = new Map<string, ImportWarning[]>()
  const roots: {dir: string; active: Map<string, GroupPlan>}[] = []

  for (const record of records) {
    if (!isGroupIndex(record.page)) continue
    const indexPath = record.file.path
    const dir = path.posix.dirname(indexPath)
    const index = readGroupIndex(record.page)
    const warn = (warning: ImportWarning) => indexWarnings.set(indexPath, [...(indexWarnings.get(indexPath) ?? []), warning])
    indexPaths.push(indexPath)
    decisions.set(indexPath, {type: 'legacyPage', kind: 'index'})

    const active = new Map<string, GroupPlan>()
    for (const entry of index.active) {
      const introPath = entryPath(dir, entry.href, byPath)
      const folder = introPath ? path.posix.dirname(introPath).slice(dir.length + 1) : decode(entry.href).replace(/\/index$/, '')
      const plan = groupPlan(`${dir}/${folder}`, entry, 'active', introPath, indexPath)
      if (!introPath) warn({code: 'group-page-missing', message: `"${entry.text}" (${entry.href}) is not in the imported tree: its group document is derived from the index`})
      else decisions.set(introPath, {type: 'workingGroup', groupKey: plan.key})
      active.set(folder, plan)
      groups.push(plan)
    }
    roots.push({dir, active})

    const activeNames = new Set(active.keys())
    const historical = new Map<string, GroupPlan>()
    const legacy = index.legacy.map((entry) => {
      const base = path.posix.basename(decode(entry.href))
      const role = ENTRY_RULES.reduce<EntryRole | undefined>((found, rule) => found ?? rule(base, entry.text, activeNames), undefined) ?? {role: 'plain'}
      return {entry, base, role, pagePath: entryPath(dir, entry.href, byPath)}
    })
    for (const {entry, base, role, pagePath} of legacy) {
      if (role.role !== 'historicalGroup') continue
      if (!pagePath) {
        warn({code: 'group-page-missing', message: `"${entry.text}" (${entry.href}) is not in the imported tree`})
        continue
      }
      const plan = groupPlan(`${dir}/${base}`, entry, 'historical', pagePath, pagePath)
      historical.set(base, plan)
      groups.push(plan)
    }

    const groupNamed = (name: string, pagePath: string, entryText: string): GroupPlan => {
      const known = active.get(name) ?? historical.get(name) ?? findByWords(name, [...active.values(), ...historical.values()], byPath)
      if (known) return known
      const plan: GroupPlan = {
        key: `${dir}/${name}`,
        title: entryText.replace(/ Group$/, '').replace(/ Charter$/, '') || name,
        status: 'historical',
        documentId: documentId(pagePath, 'group'),
        sourcePath: pagePath,
        synthesized: true,
        charters: [],
      }
      historical.set(name, plan)
      synthesized.push(plan)
      return plan
    }

    for (const {entry, role, pagePath} of legacy) {
      if (!pagePath) continue
      legacyOrder.push(pagePath)
      if (decisions.has(pagePath)) continue
      decisions.set(pagePath, decideTopLevel(role, pagePath, entry.text, groupNamed))
    }
  }

  const pages = records.map((record): ClassifiedPage => {
    const sourcePath = record.file.path
    const decision = decisions.get(sourcePath) ?? decideByPlace(sourcePath, roots)
    const {warnings = [], ...rest} = decision
    return {
      record,
      sourcePath,
      documentId: documentId(sourcePath),
      ...rest,
      warnings: [...warnings, ...(indexWarnings.get(sourcePath) ?? [])],
    }
  })

  const allGroups = [...groups, ...synthesized]
  const planByKey = new Map(allGroups.map((plan) => [plan.key, plan]))
  for (const page of [...pages].sort((a, b) => (b.charterVersion ?? 0) - (a.charterVersion ?? 0))) {
    if (page.kind === 'charter' && page.groupKey) planByKey.get(page.groupKey)?.charters.push(page.sourcePath)
  }
  return {pages, groups: allGroups, indexPaths, legacyOrder}
}

type GroupNamed = (name: string, pagePath: string, text: string) => GroupPlan

/** What a top-level page next to the index becomes, by the role its index entry gives it. */
const TOP_LEVEL: {[R in EntryRole['role']]: (role: Extract<EntryRole, {role: R}>, pagePath: string, text: string, groupNamed: GroupNamed) => Decision} = {
  memberList: (role, pagePath, text, groupNamed) => ({type: 'memberList', groupKey: groupNamed(role.groupName, pagePath, text).key}),
  charter: (role, pagePath, text, groupNamed) => ({
    type: 'legacyPage',
    kind: 'charter',
    groupKey: groupNamed(role.groupName, pagePath, text).key,
    charterVersion: charterVersion(path.posix.basename(pagePath, '.md')),
  }),
  groupLegacy: (role, pagePath, text, groupNamed) => ({type: 'legacyPage', kind: 'legacy', groupKey: groupNamed(role.groupName, pagePath, text).key}),
  historicalGroup: (_role, pagePath, text, groupNamed) => ({
    type: 'workingGroup',
    groupKey: groupNamed(path.posix.basename(pagePath, '.md'), pagePath, text).key,
  }),
  plain: () => ({type: 'legacyPage', kind: 'legacy'}),
}

function decideTopLevel(role: EntryRole, pagePath: string, text: string, groupNamed: GroupNamed): Decision {
  return (TOP_LEVEL[role.role] as (r: EntryRole, p: string, t: string, g: GroupNamed) => Decision)(role, pagePath, text, groupNamed)
}

/** A page no index entry names: by where it sits. */
function decideByPlace(sourcePath: string, roots: {dir: string; active: Map<string, GroupPlan>}[]): Decision {
  const root = roots.find(({dir}) => sourcePath.startsWith(`${dir}/`))
  if (!root) return {type: 'legacyPage', kind: 'legacy'}
  const parts = sourcePath.slice(root.dir.length + 1).split('/')
  const name = path.posix.basename(sourcePath, '.md')
  const plan = parts.length > 1 ? root.active.get(parts[0]!) : undefined
  if (plan) {
    const kind = parts.length === 2 ? subpageKind(name) : 'subpage'
    return {
      type: 'legacyPage',
      kind,
      groupKey: plan.key,
      ...(kind === 'meetingNotes' ? {date: meetingDate(name)!} : {}),
      ...(kind === 'charter' ? {charterVersion: charterVersion(name)} : {}),
    }
  }
  const sameName = parts.length === 1 ? root.active.get(name) : undefined
  if (sameName) return {type: 'legacyPage', kind: 'legacy', groupKey: sameName.key}
  return {
    type: 'legacyPage',
    kind: 'legacy',
    warnings: [{code: 'not-in-group-index', message: 'in the working groups folder but not listed in its index: imported as a plain legacy page'}],
  }
}

function groupPlan(key: string, entry: GroupIndexEntry, status: GroupPlan['status'], pagePath: string | undefined, fallbackPath: string): GroupPlan {
  return {
    key,
    title: entry.text,
    status,
    ...(entry.summary ? {summary: entry.summary} : {}),
    documentId: pagePath ? documentId(pagePath) : documentId(`${key}/index.md`, 'group'),
    sourcePath: pagePath ?? fallbackPath,
    synthesized: !pagePath,
    charters: [],
  }
}

/** The page an index entry points at, as Sphinx reads it: `X` is `X.md`, else `X/index.md`. */
function entryPath(dir: string, href: string, byPath: ReadonlyMap<string, PageRecord>): string | undefined {
  const target = path.posix.normalize(path.posix.join(dir, decode(href))).replace(/\.md$/i, '')
  return [`${target}.md`, `${target}/index.md`].find((candidate) => byPath.has(candidate))
}

/**
 * A group whose name or page heading holds every word of `name`: the wiki's "Education WG Group"
 * belongs to the page that calls itself "PSF Education Work Group" (Python Edu).
 */
function findByWords(name: string, plans: GroupPlan[], byPath: ReadonlyMap<string, PageRecord>): GroupPlan | undefined {
  const wanted = words(name)
  if (wanted.length === 0) return undefined
  return plans.find((plan) => {
    const page = byPath.get(plan.sourcePath)?.page
    const heading = page?.body.find((block) => isHeading(block))
    const have = new Set(words(`${plan.title} ${page?.title ?? ''} ${heading && isTextBlock(heading) ? blockText(heading) : ''}`))
    return wanted.every((word) => have.has(word))
  })
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 2 && !['and', 'the', 'psf', 'group', 'work', 'working'].includes(word))
}

function decode(href: string): string {
  try {
    return decodeURIComponent(href)
  } catch {
    return href
  }
}
