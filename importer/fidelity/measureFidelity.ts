import {SKIP, visitJson} from '../../dataset/visitJson.ts'
import {forEachText} from './documentText.ts'
import {sourceText} from './sourceWords.ts'
import {textFidelity} from './textFidelity.ts'
import {WordTally} from './WordTally.ts'
import type {ConvertedPage, ImportedDocument, PageRecord, TextBlock} from '../types.ts'

/** How many missing words a report row lists; the score counts them all. */
const MISSING_SHOWN = 25

/** Fields whose strings are identifiers or machinery, not text a reader saw. */
const NOT_TEXT = new Set(['body', 'slug', 'provenance', 'toctree', 'pages', 'group', 'href', 'style', 'listItem'])

/**
 * The text-fidelity figure of one page, measured on the document as written: its body plus every
 * other field the structure stages filled from the page (members, usernames, contacts...), so
 * that text moved out of the body into a field still counts as kept. The words are compared as
 * tallies (WordTally); a page that lost any is measured again word by word (textFidelity), to
 * name them in source order.
 */
export function measureFidelity(record: PageRecord, document: ImportedDocument): {score: number; missing: string[]} {
  const fields: string[] = []
  collectStrings(document, fields)
  const fieldsBlock: TextBlock = {
    _type: 'block',
    _key: 'fields',
    style: 'normal',
    markDefs: [],
    children: [{_type: 'span', _key: 's', text: fields.join(' '), marks: []}],
  }
  const body = Array.isArray(document.body) ? (document.body as ConvertedPage['body']) : []
  const page: ConvertedPage = {...record.page, title: document.title, body: [...body, fieldsBlock]}
  const source = new WordTally(record.file.text.length >> 4)
  source.addText(sourceText(record.file.text, page.legacyNotice))
  const kept = new WordTally(source.size)
  forEachText(page, (text) => kept.addText(text))
  if (kept.found(source) === source.total) return {score: 1, missing: []}
  const {score, missing} = textFidelity(record.file.text, page)
  return {score: Math.round(score * 10000) / 10000, missing: missing.slice(0, MISSING_SHOWN)}
}

function collectStrings(value: unknown, out: string[]): void {
  visitJson(value, (child, path) => {
    const key = path.at(-1)
    if (typeof key === 'string' && (key.startsWith('_') || NOT_TEXT.has(key))) return SKIP
    if (typeof child === 'string') out.push(child)
  })
}
