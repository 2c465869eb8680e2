import {WordTally} from '../../importer/fidelity/WordTally.ts'
import {listedKeys, scannedKeys} from '../support/wordKeys.ts'

describe('scanWords finds the words wordList finds', () => {
  test.each([
    ['ASCII words, digits and punctuation', "PSF's budget: 2,500 USD (python.org) --- done"],
    ['upper and lower case are one word', 'Python PYTHON python'],
    ['letters outside ASCII', 'Café naïve Straße Ελληνικά ΟΔΟΣ русский 日本語'],
    ['lower-casing that changes the length', 'İstanbul İ'],
    ['combining marks stay in the word', 'e\u0301t\u00e9 cafe\u0301'],
    ['letters and digits outside the BMP', '𝐀𝐁𝐂 abc𝟙𝟚 🐍snake 𠀋x'],
    ['lone surrogates split words', 'ab\ud800cd\udc00ef'],
    ['no words at all', ' --- *** '],
    ['an empty text', ''],
  ])('%s', (_name, text) => {
    expect(scannedKeys(text)).toEqual(listedKeys(text))
  })

  test('different words get different keys, the same word in any case the same key', () => {
    expect(new Set(scannedKeys('a b ab ba aa bb abc cba')).size).toBe(8)
    expect(new Set(scannedKeys('Straße STRASSE straße')).size).toBe(2)
  })
})

describe('WordTally', () => {
  test('found counts each wanted word at most as often as the tally holds it', () => {
    const kept = new WordTally()
    kept.addText('no yes yes')
    const wanted = new WordTally()
    wanted.addText('no no no yes maybe')
    expect([wanted.total, wanted.size, kept.found(wanted)]).toEqual([5, 3, 2])
  })

  test('keeps every count when it grows far past its first capacity', () => {
    const text = Array.from({length: 5000}, (_, i) => `w${i} w${i % 100}`).join(' ')
    const tally = new WordTally(1)
    tally.addText(text)
    expect([tally.total, tally.size]).toEqual([10000, 5000])
    expect(tally.found(tally)).toBe(10000)
  })
})
