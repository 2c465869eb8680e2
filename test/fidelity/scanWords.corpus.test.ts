import {documentText} from '../../importer/fidelity/documentText.ts'
import {convertPage} from '../../importer/convert/convertPage.ts'
import {corpusFiles} from '../support/corpus.ts'
import {listedKeys, scannedKeys} from '../support/wordKeys.ts'

// The import's word check counts words as scanWords' keys; wordList is the definition of a word.
test('on every page of psf/ and python/, source and converted text, scanWords finds wordList\'s words', () => {
  const differing: string[] = []
  let words = 0
  for (const file of corpusFiles('psf', 'python')) {
    for (const text of [file.text, documentText(convertPage(file.text, {fallbackTitle: 'x', path: file.path}))]) {
      const keys = scannedKeys(text)
      words += keys.length
      if (keys.join(' ') !== listedKeys(text).join(' ')) differing.push(file.path)
    }
  }
  expect(words).toBeGreaterThan(3_000_000)
  expect(differing).toEqual([])
})
