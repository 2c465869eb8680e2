/**
 * The named categories: where the importer differs from the wiki's renderer on purpose. Every
 * difference verify explains is counted under one of them; everything else is unexplained.
 * This is the one list (the report, the summary and the README name them from here).
 */
export const CATEGORIES = {
  'pandoc-div-dropped': 'pandoc `::: {}` div: Sphinx reports an unknown directive and shows nothing; the importer keeps the content',
  'pandoc-div-raw': 'pandoc div without braces (`:::`, `::: note`, `::: line`): MyST shows it as a literal block; the importer makes a callout or unwraps it',
  'grid-table': 'pandoc grid table outside a div: the wiki shows the raw text; the importer makes a table',
  'simple-table': 'pandoc simple table outside a div, indented: the wiki shows a literal block; the importer makes a table',
  'spaced-link': 'link whose target has spaces: CommonMark shows it raw; the importer makes a link of its text',
  'code-attribute': 'pandoc `{.backtick}` after inline code: the wiki shows it; the importer drops it',
  'moin-icon': 'MoinMoin icon image with a broken address: the importer keeps the text the author typed',
  'invalid-href': 'a link whose target is empty (`[PyQt]()`) or no valid URL: it leads nowhere; the importer keeps its text and reports a broken link',
  'bare-url': 'a bare http(s) URL: MyST without linkify shows text; the importer links it',
  'item-paragraph-after-nested': "a list item's paragraph after its nested list or code: Portable Text lists are flat, so it follows the item as a paragraph",
  'extra-h1': 'a second H1: the body has no h1 (the title is the only one), so the importer makes it h2',
  'group-title': "a working group's title comes from the working-groups index, not the page's H1",
  'moved-to-fields': 'text moved out of the body into a structured field (member-list entries)',
  'legacy-notice': 'the `{admonition} Legacy Wiki Page` is the legacyNotice flag, not a callout',
  toctree: 'a {toctree}: Sphinx renders the linked titles; the importer keeps the entries as the toctree field',
} as const

export type Category = keyof typeof CATEGORIES
