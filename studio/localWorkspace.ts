import {visionTool} from '@sanity/vision'
import type {WorkspaceOptions} from 'sanity'
import {structureTool} from 'sanity/structure'
import {schemaTypes} from '../schemas/index.ts'
import {apiVersion, dataset, projectId} from './env.ts'
import {spreadEventSources} from './spreadEventSources.ts'
import {structure} from './structure.ts'
import {templates} from './templates/index.ts'
import {defaultDocumentNode} from './views/documentViews.ts'
import {documentActions} from './actions/documentActions.ts'

/** The port the local endpoint listens on when the Studio runs in Node (build, schema checks). */
const DEFAULT_LOCAL_PORT = 3333

/**
 * Where the local workspace sends its API requests. In the browser it is the server that served
 * the Studio (`npm run studio` serves both), so one build works on any port; the Studio puts the
 * project id in front (`http://<projectId>.localhost:PORT`), which browsers resolve to loopback.
 */
export function localApiHost(): string {
  const port = typeof window === 'undefined' ? DEFAULT_LOCAL_PORT : window.location.port || DEFAULT_LOCAL_PORT
  return `http://localhost:${port}`
}

/**
 * The `local` workspace: the same schema and desk as the hosted one, talking to the local endpoint
 * (`npm run studio`) instead of api.sanity.io. Search runs as GROQ (`groqLegacy`) because the local
 * endpoint has no text search API. In the browser it also spreads the Studio's listeners over
 * hosts (see `spreadEventSources`).
 */
export function createLocalWorkspace(): WorkspaceOptions {
  spreadEventSources(`${projectId}.localhost`)
  return localWorkspace
}

const localWorkspace: WorkspaceOptions = {
  name: 'local',
  title: 'PSF Working Groups (local)',
  basePath: '/local',
  projectId,
  dataset,
  apiHost: localApiHost(),
  search: {strategy: 'groqLegacy'},
  plugins: [structureTool({structure, defaultDocumentNode}), visionTool({defaultApiVersion: apiVersion})],
  schema: {types: schemaTypes, templates},
  document: {actions: documentActions},
}
