/**
 * Project id and dataset for the Studio. Both come from the environment so that one build can
 * target any project; the defaults let `sanity build` and the tests run with no set-up at all.
 */
declare const process: {env: Record<string, string | undefined>} | undefined

function readEnv(name: string): string | undefined {
  // The Studio bundle replaces `import.meta.env` with its SANITY_STUDIO_* variables at build time
  // (a dynamic `process.env[name]` is not replaced); in Node, process.env is real.
  const bundled = (import.meta as {env?: Record<string, string | undefined>}).env
  return bundled?.[name] ?? (typeof process === 'undefined' ? undefined : process.env[name])
}

export const projectId = readEnv('SANITY_STUDIO_PROJECT_ID') || 'psfwg000'
export const dataset = readEnv('SANITY_STUDIO_DATASET') || 'production'
export const apiVersion = '2025-02-19'
/** Set by `npm run studio`: build the Studio with only the `local` workspace, which talks to the local endpoint. */
export const localStudio = readEnv('SANITY_STUDIO_LOCAL') === '1'
