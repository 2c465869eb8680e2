/**
 * Run as its own process by the benchmark: the growth section (`benchGrowth`), its lines as JSON.
 * A fresh heap, so that what the sections before it left behind (the conversion section converts
 * psf/ + python/ ten times) is not collected during one size's conversions: in the shared process
 * that once took one pattern's 1 MB page to 294 ms and its growth to 2.46x (alone: 165 ms,
 * 2.05x). It runs with the import's process settings, as the other children do.
 */
import {benchGrowth} from './growth.ts'

console.log(JSON.stringify({lines: benchGrowth()}))
