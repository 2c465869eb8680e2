/**
 * Project id and dataset for the Studio. Both come from the environment so that one build can
 * target any project; the defaults let `sanity build` and the tests run with no set-up at all.
 */
declare const process: {env: Record<string, string | undefined>} | undefined

function readEnv(name: string): string | undefined {
  // The Studio bundle replaces `process.env.SANITY_STUDIO_*` at build time; in Node it is real.
  return typeof process === 'undefined' ? undefined : process.env[name]
}

export const projectId = readEnv('SANITY_STUDIO_PROJECT_ID') || 'psfwg000'
export const dataset = readEnv('SANITY_STUDIO_DATASET') || 'production'
export const apiVersion = '2025-02-19'
/** Set by `npm run studio`: build the Studio with only the `local` workspace, which talks to the local endpoint. */
export const localStudio = readEnv('SANITY_STUDIO_LOCAL') === '1'
