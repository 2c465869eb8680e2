import type {ImportedDocument} from '../types.ts'
import {createLakeClient} from './createLakeClient.ts'
import {formatPushReport} from './formatPushReport.ts'
import {DEFAULT_LIMITS} from './limits.ts'
import type {PushArgs} from './pushOptions.ts'
import {pushDocuments} from './pushDocuments.ts'
import {readWriteToken} from './readWriteToken.ts'
import {redactToken} from './redactToken.ts'
import type {PushLimits, PushReport} from './types.ts'

/** What the CLI prints and exits with. */
export interface PushOutcome {
  /** 0: done (edited documents skipped count as done); 1: some writes failed; 2: could not start. */
  exitCode: number
  lines: string[]
  report?: PushReport
}

/**
 * The push as the CLI runs it after `runImport`: checks the options, reads the token from the
 * environment, plans (and with --commit writes) and returns the lines to print. Never throws;
 * every message is passed through `redactToken`.
 */
export async function runPush(
  documents: readonly ImportedDocument[],
  args: PushArgs,
  overrides: {limits?: Partial<PushLimits>; env?: NodeJS.ProcessEnv} = {},
): Promise<PushOutcome> {
  if (!args.project || !args.dataset) return {exitCode: 2, lines: ['push: --project and --dataset go together']}
  const token = readWriteToken(overrides.env)
  if (!token) return {exitCode: 2, lines: ['push: set SANITY_API_WRITE_TOKEN to a token with write access to the dataset']}
  const limits = {...DEFAULT_LIMITS, ...overrides.limits}
  const target = `${args.project}/${args.dataset}${args['api-host'] ? ` at ${args['api-host']}` : ''}`
  try {
    const lake = createLakeClient(
      {projectId: args.project, dataset: args.dataset, apiVersion: args['api-version'], token, apiHost: args['api-host']},
      limits,
    )
    const {report} = await pushDocuments(documents, lake, {commit: args.commit, overwriteEdited: args['overwrite-edited'], limits, token})
    const lines = formatPushReport(report, target).map((line) => redactToken(line, token))
    return {exitCode: report.failures.length > 0 ? 1 : 0, lines, report}
  } catch (error) {
    return {exitCode: 2, lines: [redactToken(`push to ${target} failed: ${(error as Error).message}`, token)]}
  }
}
