import {build} from 'esbuild'

/**
 * The renderer the review site and the Studio's Preview share must bundle for a browser: esbuild,
 * not the project, decides; any `node:` module (or other Node built-in) in its imports fails it.
 */
test.each(['render/html/renderBody.ts', 'render/html/renderPage.ts', 'render/html/renderGroup.ts', 'studio/views/fetchPreviewHtml.ts'])(
  'browserSafe: %s bundles for the browser with no Node built-in',
  async (entry) => {
    // preserveSymlinks: node_modules may be a link into another checkout, whose package.json is not this project's.
    const result = await build({entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', preserveSymlinks: true, external: ['sanity', 'sanity/*', 'react', 'react-dom']})
    expect(result.errors).toEqual([])
    expect(result.outputFiles[0]!.text).not.toMatch(/from ["']node:|require\(["']node:/)
  },
)
