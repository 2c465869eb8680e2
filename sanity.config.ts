import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {schemaTypes} from './schemas/index.ts'
import {apiVersion, dataset, projectId} from './studio/env.ts'
import {structure} from './studio/structure.ts'

export default defineConfig({
  name: 'default',
  title: 'PSF Working Groups',
  projectId,
  dataset,
  plugins: [structureTool({structure}), visionTool({defaultApiVersion: apiVersion})],
  schema: {types: schemaTypes},
})
