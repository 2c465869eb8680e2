import {escapeHTML} from '@portabletext/to-html'

/** Escapes text for HTML content and attribute values. */
export const esc = (value: unknown): string => (value === null || value === undefined ? '' : escapeHTML(String(value)))

/** The review site's URL for a document: groups under /groups/, every other page under /pages/. */
export function hrefFor(target: {_type?: string | null; slug?: string | null} | null | undefined): string | undefined {
  if (!target?.slug) return undefined
  const path = target.slug.split('/').map(encodeURIComponent).join('/')
  return target._type === 'workingGroup' ? `/groups/${path}` : `/pages/${path}`
}

/** The page frame every review page shares. */
export function layout(title: string, main: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} · PSF Working Groups review</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${STYLE}</style></head>
<body><header><nav><a href="/">Working groups</a> · <a href="/chairs">Chairs</a> · <a href="/member-lists">Member lists</a> · <a href="/report">Migration report</a>
<form action="/search" method="get" role="search"><input name="q" type="search" placeholder="Search" aria-label="Search"></form></nav></header>
<main><h1>${esc(title)}</h1>
${main}</main></body></html>`
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b}
header{background:#306998;padding:.5rem 1rem}header a{color:#fff}header form{display:inline;margin-left:1rem}
main{max-width:70rem;margin:0 auto;padding:1rem}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #bbb;padding:.25rem .5rem;vertical-align:top;text-align:left}
.callout{border-left:4px solid #ffd43b;background:#fffbe6;padding:.5rem 1rem;margin:1rem 0}
.callout.warning,.callout.danger,.callout.error,.callout.caution{border-color:#d33;background:#fdecea}
.callout-title{font-weight:bold;margin:0}
pre{background:#f4f4f4;padding:.5rem;overflow:auto}
.status{font-size:.8rem;padding:.1rem .4rem;border-radius:.3rem;background:#e0e0e0}.status.active{background:#c8f0c8}
.side-by-side{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.side-by-side>section{min-width:0}
.source{white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace}
.low{color:#b00;font-weight:bold}
`

/** A link to a document's review page, or the text alone when the document has no slug. */
export function link(target: {_type?: string | null; slug?: string | null} | null | undefined, text: unknown): string {
  const href = hrefFor(target)
  return href ? `<a href="${esc(href)}">${esc(text)}</a>` : esc(text)
}
