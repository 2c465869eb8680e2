import {scanWords} from '../../importer/fidelity/scanWords.ts'
import {wordList} from '../../importer/fidelity/wordList.ts'

/** The keys scanWords gives a text, in order, as `high:low` strings. */
export function scannedKeys(text: string): string[] {
  const keys: string[] = []
  scanWords(text, (high, low) => keys.push(`${high}:${low}`))
  return keys
}

/** The keys of wordList's words, each word scanned alone: what scannedKeys must give if both see the same words. */
export function listedKeys(text: string): string[] {
  return wordList(text).map((word) => {
    const keys = scannedKeys(word)
    if (keys.length !== 1) throw new Error(`wordList's word ${JSON.stringify(word)} scans as ${keys.length} words`)
    return keys[0]!
  })
}
