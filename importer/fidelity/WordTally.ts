import {scanWords} from './scanWords.ts'

/**
 * A multiset of words keyed by scanWords' 64-bit keys: an open-addressing table over typed
 * arrays, because a Map cannot take a 64-bit key without making a string or a boxed number of it
 * for every word, the allocation the word check was made faster by leaving out.
 */
export class WordTally {
  /** How many words were added, repeats included. */
  total = 0
  /** How many distinct words. */
  size = 0
  private highs: Int32Array
  private lows: Int32Array
  /** 0 marks a free slot: a word in the table has a count of at least 1. */
  private counts: Int32Array

  constructor(capacity = 64) {
    let slots = 16
    while (slots < capacity * 2) slots *= 2
    this.highs = new Int32Array(slots)
    this.lows = new Int32Array(slots)
    this.counts = new Int32Array(slots)
  }

  /** Adds every word of `text`. */
  addText(text: string): void {
    scanWords(text, (high, low) => this.add(high, low, 1))
  }

  add(high: number, low: number, count: number): void {
    const slot = this.slotOf(high, low)
    if (this.counts[slot] === 0) {
      this.highs[slot] = high
      this.lows[slot] = low
      this.size++
    }
    this.counts[slot] += count
    this.total += count
    if (this.size * 2 > this.counts.length) this.grow()
  }

  /** How many times the word with this key was added. */
  count(high: number, low: number): number {
    return this.counts[this.slotOf(high, low)]!
  }

  /** Of the words of `wanted`, how many this tally holds, each at most as often as it holds it. */
  found(wanted: WordTally): number {
    let found = 0
    for (let slot = 0; slot < wanted.counts.length; slot++) {
      const count = wanted.counts[slot]!
      if (count !== 0) found += Math.min(count, this.count(wanted.highs[slot]!, wanted.lows[slot]!))
    }
    return found
  }

  /** The slot holding this key, or the free slot where it would go. */
  private slotOf(high: number, low: number): number {
    const mask = this.counts.length - 1
    let slot = (low ^ (high >>> 11)) & mask
    while (this.counts[slot] !== 0 && (this.highs[slot] !== high || this.lows[slot] !== low)) slot = (slot + 1) & mask
    return slot
  }

  private grow(): void {
    const {highs, lows, counts} = this
    this.highs = new Int32Array(counts.length * 2)
    this.lows = new Int32Array(counts.length * 2)
    this.counts = new Int32Array(counts.length * 2)
    this.size = 0
    this.total = 0
    for (let slot = 0; slot < counts.length; slot++) if (counts[slot] !== 0) this.add(highs[slot]!, lows[slot]!, counts[slot]!)
  }
}
