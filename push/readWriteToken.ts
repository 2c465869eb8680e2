/**
 * The one place that reads the write token. It comes from the environment only — never from a
 * flag, so that it stays out of shell history and process lists — and nothing else in the push
 * keeps it except the client and `redactToken`.
 */
export function readWriteToken(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const token = env.SANITY_API_WRITE_TOKEN?.trim()
  return token ? token : undefined
}
