import {parseMarkdown} from '../../importer/parse/parseMarkdown.ts'

/** The inline tokens of a one-paragraph source, as `text`, `icon:<text>` or the token type. */
const inline = (source: string) =>
  (parseMarkdown(source)[1]!.children ?? []).map((token) => (token.type === 'moin_icon' ? `icon:${token.content}` : token.type === 'text' ? token.content : token.type))

describe('moinIconRule', () => {
  test.each([
    ["pandoc's broken `%20\"` form", 'Hi ![:)](/wiki/europython/img/smile.png%20":)") there', ['Hi ', 'icon::)', ' there']],
    ['the escaped-quote form', '![/!\\\\](/wiki/europython/img/alert.png "/!\\")', ['icon:/!\\']],
    ['a well-formed smiley with a bare file name', '![:)](smile.png ":)")', ['icon::)']],
    ['a well-formed smiley on the wiki host', '![:-)](https://wiki.python.org/python/europython/img/smile.png ":-)")', ['icon::-)']],
    ['an escaped alt text', '![\\<!\\>](attention.png)', ['icon:<!>']],
    ['a smiley file with another alt is a real image', '![Our team](attachments/smile.png)', ['image']],
    ['a smiley typed for another file is a real image', '![:(](smile.png)', ['image']],
  ])('moinIconRule: %s', (_name, source, expected) => {
    expect(inline(source)).toEqual(expected)
  })
})
