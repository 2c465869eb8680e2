/** `gc` as Node exposes it under `--expose-gc`. */
type ExposedGc = (options: {type: 'major' | 'minor'; execution: 'sync' | 'async'}) => unknown

/**
 * Asks V8 to start a major garbage collection now, in the background: marking runs beside the
 * program and only its short finishing pause falls on this thread. A no-op unless Node exposes
 * `gc` (`npm run import` passes `--expose-gc`). Why: on a busy machine V8's own concurrent marking
 * falls behind and the old generation keeps growing, so a whole import of psf/ + python/ peaked at
 * 290–300 MB in two of five runs beside a process keeping one core busy. Started where a stage
 * has just let go of most of what it made, it peaked at 242–254 MB in five runs under the same
 * load, for about 2 % more time on a quiet machine.
 */
export function startMajorGc(): void {
  ;(globalThis as {gc?: ExposedGc}).gc?.({type: 'major', execution: 'async'})
}
