/**
 * Small Portable Text documents written by hand for verify's tests: deliberately not made by the
 * importer, so that the tests say what a faithful document looks like.
 */
type Block = Record<string, unknown>
let key = 0

export function block(text: string, fields: {style?: string; listItem?: 'bullet' | 'number'; level?: number; link?: string} = {}): Block {
  const {link, ...rest} = fields
  const markDefs = link ? [{_type: 'link', _key: 'm0', href: link}] : []
  return {_type: 'block', _key: `b${key++}`, style: 'normal', markDefs, children: [{_type: 'span', _key: 's0', text, marks: link ? ['m0'] : []}], ...rest}
}

export const bullet = (text: string, level = 1) => block(text, {listItem: 'bullet', level})
export const numbered = (text: string, level = 1) => block(text, {listItem: 'number', level})
export const heading = (level: number, text: string) => block(text, {style: `h${level}`})

export function table(rows: string[][]): Block {
  return {
    _type: 'table',
    _key: `t${key++}`,
    headerRows: 0,
    rows: rows.map((cells, r) => ({_type: 'tableRow', _key: `r${r}`, cells: cells.map((cell, c) => ({_type: 'tableCell', _key: `c${c}`, content: cell ? [block(cell)] : []}))})),
  }
}

export function document(title: string, body: Block[], fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {_id: 'doc', _type: 'legacyPage', title, body, legacyNotice: false, provenance: {_type: 'provenance', sourcePath: 'page.md'}, ...fields}
}
