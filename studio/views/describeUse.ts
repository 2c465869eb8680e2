/** How a document refers to another, in words an editor knows, keyed by where the reference sits. */
const USES: {test: RegExp; label: string}[] = [
  {test: /^toctree\[/, label: 'navigation entry (toctree)'},
  {test: /\.markDefs\[/, label: 'internal link in the text'},
  {test: /^pages\[/, label: 'in the group’s list of pages'},
  {test: /^group$/, label: 'belongs to this group'},
]

/** Describes a reference found at `path` (Sanity path syntax, as `findReferences` gives it). */
export function describeUse(path: string): string {
  return USES.find((use) => use.test.test(path))?.label ?? `reference at ${path}`
}
