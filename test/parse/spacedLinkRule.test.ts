import {parseMarkdown} from '../../importer/parse/parseMarkdown.ts'

/** The inline tokens of a one-paragraph source, as `text` or `type[href]`. */
const inline = (source: string) =>
  (parseMarkdown(source)[1]!.children ?? []).map((token) =>
    token.type === 'link_open' ? `link_open[${token.attrGet('href')}${token.attrGet('title') ? ` "${token.attrGet('title')}"` : ''}]` : token.type === 'text' ? token.content : token.type,
  )

describe('spacedLinkRule', () => {
  test.each([
    ['a page name with a space', '[Conduct WG Group](Conduct Group) -- list', ['link_open[Conduct Group]', 'Conduct WG Group', 'link_close', ' -- list']],
    [
      'an absolute URL with a space (linkify does not cut it in half)',
      '[charter](https://wiki.python.org/psf/Project Funding/Charter)',
      ['link_open[https://wiki.python.org/psf/Project Funding/Charter]', 'charter', 'link_close'],
    ],
    ['inline markup in the label', '[**A** b](x y)', ['link_open[x y]', '', 'strong_open', 'A', 'strong_close', ' b', 'link_close']],
    ['balanced parentheses and a title', '[r](Minutes (2019) Draft "T")', ['link_open[Minutes (2019) Draft "T"]', 'r', 'link_close']],
    ['backslash escapes resolved, nothing percent-encoded', "[p](Jörg\\'s Page)", ["link_open[Jörg's Page]", 'p', 'link_close']],
    ['an ordinary link is left to `link`', '[a](b) [c](<d e>)', ['link_open[b]', 'a', 'link_close', ' ', 'link_open[d e]', 'c', 'link_close']],
    ['an image with a space is not a link', '![a](b c.png)', ['![a](b c.png)']],
    ['a MoinMoin upload placeholder is no target', '[PDF]( "Upload new attachment "x.pdf"")', ['[PDF]( "Upload new attachment "x.pdf"")']],
    ['a refused scheme stays text', '[f](file:///a b)', ['[f](file:///a b)']],
    ['escaped brackets stay text', '\\[a\\](b c)', ['[a](b c)']],
    ['a target never spans lines', '[a](b\nc d)', ['[a](b', 'softbreak', 'c d)']],
    ['no link inside a link', '[a [b](c d) e](f g)', ['[a ', 'link_open[c d]', 'b', 'link_close', ' e](f g)']],
  ])('spacedLinkRule: %s', (_name, source, expected) => {
    expect(inline(source)).toEqual(expected)
  })
})

// Inputs that used to cost a scan to the end of the line (or a regex quadratic in a run of
// spaces) from every `[`; see `npm run bench`. What they become stays.
describe('spacedLinkRule on pathological input', () => {
  test.each([
    ['parentheses that never close stay text', '[a](b c '.repeat(200), ['[a](b c '.repeat(200).trimEnd()]],
    ['refused targets nested in each other stay text', `${'[a](javascript:x '.repeat(100)}${')'.repeat(100)}`, [`${'[a](javascript:x '.repeat(100)}${')'.repeat(100)}`]],
    ['an accepted link takes the ones nested in it as its target', '[a](b c [d](e f))', ['link_open[b c [d](e f)]', 'a', 'link_close']],
    ['inside a refused link, a nested one is still read', '[a](javascript:x [b](c d))', ['[a](javascript:x ', 'link_open[c d]', 'b', 'link_close', ')']],
    ['a title after a long run of spaces', `[a](b c${' '.repeat(5000)}"t")`, ['link_open[b c "t"]', 'a', 'link_close']],
    ['spaces before the closing parenthesis are not part of the target', '[a](b c   )', ['link_open[b c]', 'a', 'link_close']],
    ['an escaped quote inside the title', "[a](b c 't\\'s')", ['link_open[b c "t\'s"]', 'a', 'link_close']],
    ['a refused scheme written with an entity space stays text', '[a](&#32;javascript:x y)', ['[a]( javascript:x y)']],
  ])('spacedLinkRule: %s', (_name, source, expected) => {
    expect(inline(source)).toEqual(expected)
  })
})
