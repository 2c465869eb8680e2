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
