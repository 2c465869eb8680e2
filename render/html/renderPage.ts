import type {PageBySlugQueryResult} from '../../sanity.types.ts'
import {esc, link} from './html.ts'
import {renderBody} from './renderBody.ts'

/** A page (legacy page, member list) as the review site and the Studio's Preview show it: facts, body, usernames, navigation. */
export function renderPage(page: NonNullable<PageBySlugQueryResult>): string {
  const facts = [
    page.kind ? `<span class="kind">${esc(page.kind)}</span>` : '',
    page.date ? `<time datetime="${esc(page.date)}">${esc(page.date)}</time>` : '',
    page.group ? `Group: ${link({_type: 'workingGroup', ...page.group}, page.group.title)}` : '',
  ].filter(Boolean)
  const entries = page.entries?.length
    ? `<ul id="entries">${page.entries.map((e) => `<li>${esc(e.username)}</li>`).join('')}</ul>`
    : ''
  const toc = page.toctree?.length
    ? `<nav id="toctree"><h2>Navigation</h2><ol>${page.toctree.map((t) => `<li>${link(t.document, t.title ?? t.document?.title ?? t.target)}</li>`).join('')}</ol></nav>`
    : ''
  return `<p class="facts">${facts.join(' · ')}</p><article id="body">${renderBody(page.body as never)}</article>${entries}${toc}`
}
