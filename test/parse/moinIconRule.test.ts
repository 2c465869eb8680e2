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

// Each `![` used to run the alt text or the path to the end of the line (quadratic, see
// `npm run bench`); an alt text now stops at `[`, a path after 256 characters.
describe('moinIconRule on pathological input', () => {
  test('moinIconRule: image openers that never close stay text, and an icon after them takes only its own text', () => {
    const tokens = inline(`${'![a '.repeat(300)}![:)](/wiki/x/img/smile.png ":)")`)
    expect(tokens.pop()).toBe('icon::)')
    expect(tokens.join('')).toBe('![a '.repeat(300))
  })

  test('moinIconRule: icon paths that hold the next icon stay text', () => {
    expect(inline('![a](/wiki/'.repeat(300)).join('')).toBe('![a](/wiki/'.repeat(300))
  })

  test('moinIconRule: a long alt text is still an icon; a path longer than 256 characters is an image', () => {
    expect(inline(`![${'x'.repeat(300)}](/wiki/x/img/smile.png)`)).toEqual([`icon:${'x'.repeat(300)}`])
    expect(inline(`![:)](/wiki/x/img/${'y'.repeat(300)}.png ":)")`)).toEqual(['image'])
  })
})
