import {convertPage} from '../../importer/convert/convertPage.ts'

const options = {fallbackTitle: 'Fallback', path: 'big.md'}

// Speed is the benchmark's business (npm run bench); this checks that a 10 MB page converts whole.
test('convertPage: a 10 MB page converts whole', () => {
  const section = '## Section\n\nSome *text* with a [link](Target) and `code`{.backtick}.\n\n- one\n- two\n\n'
  const repeats = Math.ceil(10e6 / section.length)
  const page = convertPage(`# Big\n\n${section.repeat(repeats)}`, options)
  expect(page.body.filter((block) => block._type === 'block' && block.style === 'h2')).toHaveLength(repeats)
  expect(page.body.filter((block) => block._type === 'block' && block.listItem === 'bullet')).toHaveLength(2 * repeats)
})
