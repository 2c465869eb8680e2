import type {Argv} from 'yargs'

/** The push's command-line options, as yargs parses them. */
export interface PushArgs {
  project?: string
  dataset?: string
  commit: boolean
  'overwrite-edited': boolean
  /** Delete documents the source no longer has (listed by every run). Optional for callers that predate it. */
  'delete-missing'?: boolean
  'api-host'?: string
  'api-version': string
}

/** The API version the push speaks: the first with the raw perspective as a stable default. */
export const DEFAULT_API_VERSION = '2025-02-19'

/**
 * Adds the push options to the import command. The write token is deliberately not among them:
 * it comes from SANITY_API_WRITE_TOKEN only (see readWriteToken.ts).
 */
export function pushOptions<T>(yargs: Argv<T>): Argv<T & PushArgs> {
  return yargs
    .option('project', {type: 'string', describe: 'Sanity project id: push the documents to its Content Lake (token from SANITY_API_WRITE_TOKEN)'})
    .option('dataset', {type: 'string', describe: 'Dataset to push to (with --project)'})
    .option('commit', {type: 'boolean', default: false, describe: 'Write to the dataset; without it the push is a dry run that prints the plan'})
    .option('overwrite-edited', {type: 'boolean', default: false, describe: 'Overwrite documents an editor changed in the Studio (skipped and reported otherwise)'})
    .option('delete-missing', {
      type: 'boolean',
      default: false,
      describe: 'With --commit, delete documents the importer wrote from the source folders whose page is gone (never one an editor changed or a document still references)',
    })
    .option('api-host', {type: 'string', alias: 'apiHost', describe: 'API host to talk to as is, without the project id in the host name (e.g. a local test server)'})
    .option('api-version', {type: 'string', default: DEFAULT_API_VERSION, describe: 'Content Lake API version'})
    .group(['project', 'dataset', 'commit', 'overwrite-edited', 'delete-missing', 'api-host', 'api-version'], 'Push to Sanity:') as unknown as Argv<T & PushArgs>
}
