import {annotateTextLinks} from '../../importer/links/annotateTextLinks.ts'
import {block} from '../fixtures/structure/blocks.ts'

const accept = () => true

describe('annotateTextLinks', () => {
  test.each([
    [['[Conduct WG Group](Conduct Group) -- Member list'], [['Conduct WG Group', ['b-t0']], [' -- Member list', []]]],
    [['See [A](x y) and [B](p (q) r).'], [['See ', []], ['A', ['b-t0']], [' and ', []], ['B', ['b-t1']], ['.', []]]],
    [['before [li', {text: 'nk', marks: ['em']}, '](a b) after'], [['before ', []], ['li', ['b-t0']], ['nk', ['em', 'b-t0']], [' after', []]]],
    [['no links here'], [['no links here', []]]],
    [['[unclosed](target'], [['[unclosed](target', []]]],
  ])('annotateTextLinks: %j', (pieces, expected) => {
    const result = annotateTextLinks(block(pieces, {key: 'b'}), accept)
    expect(result.children.map((span) => (span._type === 'span' ? [span.text, span.marks] : [span._type]))).toEqual(expected)
  })

  test('annotateTextLinks: the new markDef keeps the target as written; keys are derived from the block', () => {
    const result = annotateTextLinks(block(['[Conduct WG Group](Conduct Group)'], {key: 'b7'}), accept)
    expect(result.markDefs).toEqual([{_type: 'link', _key: 'b7-t0', href: 'Conduct Group'}])
    expect(annotateTextLinks(block(['[Conduct WG Group](Conduct Group)'], {key: 'b7'}), accept)).toEqual(result)
  })

  test.each([
    ['code', block([{text: '[a](b c)', marks: ['code']}], {key: 'b'})],
    ['an existing link', block([{text: '[a](b c)', href: 'https://x.org'}], {key: 'b'})],
  ])('annotateTextLinks: leaves text in %s alone', (_name, input) => {
    expect(annotateTextLinks(input, accept)).toBe(input)
  })

  test('annotateTextLinks: a MoinMoin upload placeholder is not offered as a link', () => {
    const input = block(['[x.pdf]( "Upload new attachment "x.pdf"")'], {key: 'b'})
    const offered: string[] = []
    expect(annotateTextLinks(input, ({target}) => offered.push(target) > 0)).toBe(input)
    expect(offered).toEqual([])
  })

  test('annotateTextLinks: a refused link stays text', () => {
    const input = block(['[a](nowhere at all)'], {key: 'b'})
    expect(annotateTextLinks(input, () => false)).toBe(input)
  })
})
