/**
 * The entry of the bundle `loadSanityRuntime` builds: the parts of `sanity` that validation runs
 * (the `Rule` class and its validators, schema compilation, conditional properties, the US English
 * messages) and the project's schema. Imported by esbuild only: importing `sanity` itself loads
 * the whole Studio (about 300 MB and 3 s), while this bundle is under 1 MB.
 */
export {ConcreteRuleClass, createSchema, resolveConditionalProperty, usEnglishLocale} from 'sanity'
export {schemaTypes} from '../../../schemas/index.ts'
