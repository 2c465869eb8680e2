import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {schemaTypes} from './schemas/index.ts'
import {apiVersion, dataset, localStudio, projectId} from './studio/env.ts'
import {createLocalWorkspace} from './studio/localWorkspace.ts'
import {structure} from './studio/structure.ts'
import {templates} from './studio/templates/index.ts'
import {defaultDocumentNode} from './studio/views/documentViews.ts'
import {documentActions} from './studio/actions/documentActions.ts'

// `npm run studio` builds with only the local workspace, so that nothing in it talks to sanity.io.
export default defineConfig(
  localStudio
    ? [createLocalWorkspace()]
    : {
        name: 'default',
        title: 'PSF Working Groups',
        projectId,
        dataset,
        plugins: [structureTool({structure, defaultDocumentNode}), visionTool({defaultApiVersion: apiVersion})],
        schema: {types: schemaTypes, templates},
        document: {actions: documentActions},
      },
)
