import {byCodePoint} from '../classify/byCodePoint.ts'
import type {ClassifiedPage, Classification, GroupPlan} from '../classify/types.ts'
import {factKey} from '../extract/factKey.ts'
import type {ContactFact, Extraction, MemberFact} from '../extract/types.ts'
import type {PageLinks} from '../links/resolvePageLinks.ts'
import type {LinkResolver} from '../links/types.ts'
import type {DocumentType, ImportWarning, ImportedDocument} from '../types.ts'
import {assignSlugs} from './assignSlugs.ts'
import type {AssembleResult, ExtractedFacts, FileOutcome} from './types.ts'

interface Context {
  classification: Classification
  extraction: Extraction
  links: Map<string, PageLinks>
  resolver: LinkResolver
  plans: Map<string, GroupPlan>
  pagesByPath: Map<string, ClassifiedPage>
  slugs: Map<string, string>
}

type Built = {fields: Record<string, unknown>; extracted: ExtractedFacts; warnings: ImportWarning[]}

/** How each document type's own fields are made from its page; shared fields are added around them. */
const BUILDERS: Record<DocumentType, (page: ClassifiedPage, links: PageLinks, context: Context) => Built> = {
  workingGroup: (page, links, context) => {
    const plan = context.plans.get(page.groupKey!)!
    return groupFields(plan, context, {body: links.body, toctree: links.toctree})
  },
  legacyPage: (page, links, context) => {
    const plan = page.groupKey ? context.plans.get(page.groupKey) : undefined
    const facts = context.extraction.pages.get(page.sourcePath)
    return {
      fields: {
        title: page.record.page.title,
        kind: page.kind ?? 'legacy',
        ...(page.date ? {date: page.date} : {}),
        ...(plan ? {group: reference(plan.documentId)} : {}),
        body: links.body,
        ...(links.toctree.length ? {toctree: links.toctree} : {}),
      },
      extracted: facts ? pageFacts(facts.members, facts.contacts) : {},
      warnings: [],
    }
  },
  memberList: (page, links, context) => {
    const plan = page.groupKey ? context.plans.get(page.groupKey) : undefined
    const list = context.extraction.pages.get(page.sourcePath)?.memberList
    const consumed = new Set(list?.consumedBlocks ?? [])
    const warnings: ImportWarning[] = []
    if (list?.moinGroupNameSource === 'fileName') {
      warnings.push({code: 'moin-group-name-guessed', message: `no group name in the text or _redirects.json: "${list.moinGroupName}" made from the file name`})
    }
    if (links.toctree.length) warnings.push({code: 'toctree-dropped', message: 'member lists have no navigation field: the {toctree} entries are not kept'})
    return {
      fields: {
        title: page.record.page.title,
        moinGroupName: list?.moinGroupName,
        entries: list?.entries ?? [],
        ...(plan ? {group: reference(plan.documentId)} : {}),
        body: links.body.filter((block) => !consumed.has(block._key)),
      },
      extracted: list
        ? {memberList: {moinGroupName: list.moinGroupName, moinGroupNameSource: list.moinGroupNameSource, entries: list.entries.map(({_type, _key, ...entry}) => entry)}}
        : {},
      warnings,
    }
  },
}

/**
 * The assemble stage: one document per classified page (plus a group document for each group no
 * file stands for), built from the page's resolved body, the facts extracted for it and its
 * group. Working groups get their charter (current version) and earlier charters copied from the
 * charter pages, which stay documents of their own; `pages` lists the group's documents in the
 * order the wiki gave them (the group page's toctree, then the index's legacy list).
 */
export function composeDocuments(
  classification: Classification,
  extraction: Extraction,
  links: Map<string, PageLinks>,
  resolver: LinkResolver,
): AssembleResult {
  const plans = new Map(classification.groups.map((plan) => [plan.key, plan]))
  const pagesByPath = new Map(classification.pages.map((page) => [page.sourcePath, page]))
  const slugs = assignSlugs([
    ...classification.pages.map((page) => ({_id: page.documentId, type: page.type, path: page.sourcePath})),
    ...classification.groups.filter((plan) => plan.synthesized).map((plan) => ({_id: plan.documentId, type: 'workingGroup' as const, path: `${plan.key}.md`})),
  ])
  const context: Context = {classification, extraction, links, resolver, plans, pagesByPath, slugs}
  const documents: ImportedDocument[] = []
  const files = new Map<string, FileOutcome>()

  for (const page of classification.pages) {
    const pageLinks = links.get(page.sourcePath)!
    const built = BUILDERS[page.type](page, pageLinks, context)
    const moinName = resolver.moinNameFor(page.sourcePath)
    documents.push({
      _id: page.documentId,
      _type: page.type,
      title: page.record.page.title,
      slug: {_type: 'slug', current: slugs.get(page.documentId)!},
      ...built.fields,
      legacyNotice: page.record.page.legacyNotice,
      provenance: {_type: 'provenance', sourcePath: page.sourcePath, ...(moinName ? {moinName} : {})},
    } as ImportedDocument)
    files.set(page.sourcePath, {
      sourcePath: page.sourcePath,
      documentId: page.documentId,
      type: page.type,
      ...(page.kind ? {kind: page.kind} : {}),
      warnings: [...page.record.page.warnings, ...page.warnings, ...built.warnings],
      extracted: built.extracted,
      brokenLinks: pageLinks.brokenLinks,
      links: pageLinks.counts,
      derivedDocuments: [],
    })
  }

  for (const plan of classification.groups.filter((candidate) => candidate.synthesized)) {
    const built = groupFields(plan, context, {})
    const moinName = resolver.moinNameFor(plan.sourcePath)
    documents.push({
      _id: plan.documentId,
      _type: 'workingGroup',
      title: plan.title,
      slug: {_type: 'slug', current: slugs.get(plan.documentId)!},
      ...built.fields,
      provenance: {_type: 'provenance', sourcePath: plan.sourcePath, ...(moinName ? {moinName} : {})},
    })
    const origin = files.get(plan.sourcePath)
    const reason = `no file stands for the ${plan.status} group "${plan.title}": its document is derived from ${plan.sourcePath}`
    origin?.derivedDocuments.push({documentId: plan.documentId, type: 'workingGroup', reason})
    origin?.warnings.push({code: 'group-synthesized', message: reason})
  }
  return {documents, files}
}

/** A working group's own fields: status, summary, charters, people, contacts, pages. */
function groupFields(plan: GroupPlan, context: Context, own: {body?: unknown[]; toctree?: PageLinks['toctree']}): Built {
  const facts = context.extraction.groups.get(plan.key) ?? {members: [], differences: [], contacts: []}
  const charters = plan.charters.flatMap((path) => {
    const page = context.pagesByPath.get(path)
    return page ? [{page, links: context.links.get(path)!}] : []
  })
  const charterVersion = ({page, links}: (typeof charters)[number]) => ({
    _type: 'charterVersion',
    title: page.record.page.title,
    version: page.charterVersion ?? 1,
    legacyNotice: page.record.page.legacyNotice,
    body: links.body,
    provenance: {_type: 'provenance', sourcePath: page.sourcePath, ...moin(context.resolver, page.sourcePath)},
  })
  // Current first in `plan.charters`; earlier versions are listed oldest first, as their history reads.
  const [current, ...newerFirst] = charters
  const earlier = newerFirst.reverse()
  const warnings: ImportWarning[] = facts.differences.length
    ? [{code: 'member-lists-differ', message: `members taken from ${facts.membersFrom}; ${facts.differences.length} other page(s) list them differently (see extracted.memberDifferences)`}]
    : []
  return {
    fields: {
      title: plan.title,
      status: plan.status,
      ...(plan.summary ? {summary: plan.summary} : {}),
      ...(own.body ? {body: own.body} : {}),
      ...(current ? {charter: charterVersion(current)} : {}),
      ...(earlier.length ? {earlierCharters: earlier.map((charter) => ({_key: `charter-v${charter.page.charterVersion ?? 1}`, ...charterVersion(charter)}))} : {}),
      ...(facts.members.length ? {members: facts.members.map(({sourcePath, line, ...member}) => member)} : {}),
      ...(facts.contacts.length ? {contacts: facts.contacts.map(({sourcePath, ...contact}) => contact)} : {}),
      pages: groupPages(plan, context, own.toctree ?? []).map((_ref) => ({_type: 'reference', _key: factKey('page', _ref), _ref})),
      ...(own.toctree?.length ? {toctree: own.toctree} : {}),
    },
    extracted: {
      ...pageFacts(facts.members, facts.contacts),
      ...(facts.membersFrom ? {membersFrom: facts.membersFrom} : {}),
      ...(facts.differences.length ? {memberDifferences: facts.differences} : {}),
      ...(charters.length
        ? {charterVersions: charters.map(({page}, index) => ({sourcePath: page.sourcePath, version: page.charterVersion ?? 1, current: index === 0}))}
        : {}),
    },
    warnings,
  }
}

/** The group's documents in the wiki's order: its toctree first, then the index's legacy list, then by path. */
function groupPages(plan: GroupPlan, context: Context, toctree: PageLinks['toctree']): string[] {
  const ids: string[] = []
  for (const entry of toctree) if (entry.document) ids.push(entry.document._ref)
  const listed = new Map(context.classification.legacyOrder.map((path, index) => [path, index]))
  const members = context.classification.pages
    .filter((page) => page.groupKey === plan.key && page.documentId !== plan.documentId)
    .sort((a, b) => (listed.get(a.sourcePath) ?? Infinity) - (listed.get(b.sourcePath) ?? Infinity) || byCodePoint(a.sourcePath, b.sourcePath))
  for (const page of members) ids.push(page.documentId)
  return [...new Set(ids.filter((id) => id !== plan.documentId))]
}

function pageFacts(members: MemberFact[], contacts: ContactFact[]): ExtractedFacts {
  return {
    ...(members.length ? {members: members.map(({_type, _key, ...member}) => member)} : {}),
    ...(contacts.length ? {contacts: contacts.map(({_type, _key, ...contact}) => contact)} : {}),
  }
}

function reference(_ref: string) {
  return {_type: 'reference', _ref}
}

function moin(resolver: LinkResolver, sourcePath: string) {
  const moinName = resolver.moinNameFor(sourcePath)
  return moinName ? {moinName} : {}
}
