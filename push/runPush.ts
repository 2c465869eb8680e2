import type {ImportedDocument} from '../importer/index.ts'
import {createLakeClient} from './createLakeClient.ts'
import {formatPushReport} from './formatPushReport.ts'
import {DEFAULT_LIMITS} from './limits.ts'
import type {PushArgs} from './pushOptions.ts'
import {pushDocuments} from './pushDocuments.ts'
import {readWriteToken} from './readWriteToken.ts'
import {redactToken} from './redactToken.ts'
import type {PushLimits, PushReport, PushScope} from './types.ts'

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
 * every message is passed through `redactToken`. `context.scope` is the part of the wiki the run
 * imported (`runImport`'s report fits it as is): without it, documents the source no longer has
 * are not looked for and `--delete-missing` refuses to start.
 */
export async function runPush(
  documents: readonly ImportedDocument[],
  args: PushArgs,
  context: {scope?: PushScope; limits?: Partial<PushLimits>; env?: NodeJS.ProcessEnv} = {},
): Promise<PushOutcome> {
  if (!args.project || !args.dataset) return {exitCode: 2, lines: ['push: --project and --dataset go together']}
  if (args['delete-missing'] && !context.scope) return {exitCode: 2, lines: ['push: --delete-missing needs the source folders of the run']}
  const token = readWriteToken(context.env)
  if (!token) return {exitCode: 2, lines: ['push: set SANITY_API_WRITE_TOKEN to a token with write access to the dataset']}
  const limits = {...DEFAULT_LIMITS, ...context.limits}
  const target = `${args.project}/${args.dataset}${args['api-host'] ? ` at ${args['api-host']}` : ''}`
  try {
    const lake = createLakeClient(
      {projectId: args.project, dataset: args.dataset, apiVersion: args['api-version'], token, apiHost: args['api-host']},
      limits,
    )
    const {report} = await pushDocuments(documents, lake, {
      commit: args.commit,
      overwriteEdited: args['overwrite-edited'],
      deleteMissing: args['delete-missing'] === true,
      scope: context.scope,
      limits,
      token,
    })
    const lines = formatPushReport(report, target).map((line) => redactToken(line, token))
    return {exitCode: report.failures.length > 0 ? 1 : 0, lines, report}
  } catch (error) {
    return {exitCode: 2, lines: [redactToken(`push to ${target} failed: ${(error as Error).message}`, token)]}
  }
}
