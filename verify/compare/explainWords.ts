import type {Category} from '../categories.ts'
import type {Words} from '../types.ts'

/** Words one side has more of than the other, with how many a named category accounts for. */
export interface WordDifference {
  total: number
  /** Left over after the categories: unexplained. */
  unexplained: Words
  explained: Partial<Record<Category, number>>
}

/**
 * `have − lack` as a multiset, each surplus word first taken from the explaining pools in order
 * (a pool is content a named category says one side holds and the other does not).
 */
export function explainWords(have: Words, lack: Words, pools: Array<{category: Category; words: Words}>): WordDifference {
  const result: WordDifference = {total: 0, unexplained: new Map(), explained: {}}
  const left = pools.map((pool) => ({category: pool.category, words: new Map(pool.words)}))
  for (const [word, count] of have) {
    let surplus = count - (lack.get(word) ?? 0)
    if (surplus <= 0) continue
    result.total += surplus
    for (const pool of left) {
      const available = pool.words.get(word) ?? 0
      const taken = Math.min(available, surplus)
      if (!taken) continue
      pool.words.set(word, available - taken)
      surplus -= taken
      result.explained[pool.category] = (result.explained[pool.category] ?? 0) + taken
      if (!surplus) break
    }
    if (surplus) result.unexplained.set(word, surplus)
  }
  return result
}
