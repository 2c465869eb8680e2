import cliProgress from 'cli-progress'

/** A progress bar on stderr, one bar per stage in turn; only used when stderr is a terminal. */
export function createProgress() {
  const bar = new cliProgress.SingleBar(
    {format: '{stage} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true, clearOnComplete: true},
    cliProgress.Presets.shades_classic,
  )
  let current = ''
  return {
    update(stage: string, done: number, total: number) {
      if (stage !== current) {
        if (current) bar.stop()
        current = stage
        bar.start(total, 0, {stage: stage.padEnd(9)})
      }
      bar.update(done, {stage: stage.padEnd(9)})
    },
    stop() {
      if (current) bar.stop()
    },
  }
}
