import {readFileSync} from 'node:fs'
import path from 'node:path'
import {build, type Plugin} from 'esbuild'
import {markTopLevelPure} from './markTopLevelPure.ts'

/** What a build gives: the bundle's code and the project files it was built from. */
export interface RuntimeBuild {
  code: string
  /** Files outside node_modules that went into the bundle, relative to the project root. */
  inputs: string[]
}

/**
 * Packages in node_modules are taken as free of import side effects (so that esbuild keeps only
 * the modules whose exports are used), and sanity's chunks are rewritten by `markTopLevelPure`.
 */
const treeShakeSanity: Plugin = {
  name: 'tree-shake-sanity',
  setup(bundler) {
    bundler.onResolve({filter: /.*/}, async (args) => {
      if (args.pluginData?.resolving) return undefined
      const resolved = await bundler.resolve(args.path, {resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: {resolving: true}})
      if (resolved.errors.length) return undefined
      return resolved.path.includes(`${path.sep}node_modules${path.sep}`) ? {...resolved, sideEffects: false} : resolved
    })
    bundler.onLoad({filter: /[\\/]node_modules[\\/]sanity[\\/]lib[\\/][^\\/]+\.js$/}, (args) => ({
      contents: markTopLevelPure(readFileSync(args.path, 'utf8')),
      loader: 'js',
    }))
  },
}

/**
 * Bundles `runtimeEntry.ts` (sanity's validation code and the project's schema) into one ES
 * module for Node, with esbuild, tree-shaken down from sanity's 22 MB of Studio to what validation
 * runs. CommonJS dependencies inside get a `require` of their own.
 */
export async function buildSanityRuntime(projectRoot: string): Promise<RuntimeBuild> {
  const entry = path.join(path.dirname(new URL(import.meta.url).pathname), 'runtimeEntry.ts')
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: projectRoot,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: {'process.env.NODE_ENV': '"production"'},
    banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
    plugins: [treeShakeSanity],
  })
  const inputs = Object.keys(result.metafile.inputs)
    .map((input) => path.relative(projectRoot, path.resolve(projectRoot, input)))
    .filter((input) => !input.split(/[\\/]/).includes('node_modules'))
    .sort()
  return {code: result.outputFiles[0]!.text, inputs}
}
