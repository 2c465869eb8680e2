import type {LocaleSource, Rule, Schema, SchemaTypeDefinition} from 'sanity'
import {createBatchClient} from './createBatchClient.ts'
import {createRuleCompiler} from './compileRules.ts'
import {quietTests} from './compileQuietTests.ts'
import {createValidationI18n} from './createValidationI18n.ts'
import {loadSanityRuntime, type SanityRuntime} from './sanity/loadSanityRuntime.ts'
import {ruleSpecs} from './sanity/ruleInternals.ts'
import type {SlugRuleSource} from './normalizeValidationRules.ts'
import {traverseDocument, type FlaggedMarker, type TraversalScope} from './traverseDocument.ts'
import type {DocumentLike, DocumentValidation, ValidationMarker, ValidatorOptions} from './types.ts'

/** Runs a schema's rules on documents; see `createValidator`. */
export interface Validator {
  /** The compiled schema the rules come from. */
  schema: Schema
  /** Markers for one document; the batch is `options.documents`. */
  validate(document: DocumentLike): Promise<ValidationMarker[]>
  /** Markers for every document, each checked against the others (duplicate slugs, reference targets). */
  validateAll(documents: readonly DocumentLike[]): Promise<DocumentValidation[]>
}

/** Sanity's US English messages, loaded once per process: they never change. */
let usEnglish: Promise<LocaleSource> | undefined

interface Batch {
  getClient: NonNullable<ValidatorOptions['getClient']>
  getDocumentExists: NonNullable<ValidatorOptions['getDocumentExists']>
}

/**
 * A validator that gives the same markers as Sanity's `validateDocument` (same paths, levels and
 * messages, plus the failing rule's flag) in microseconds rather than milliseconds: it walks the
 * document the way Sanity does and calls the same `Rule` objects, but without Sanity's per-node
 * `setTimeout` and RxJS plumbing. Queries a rule makes (slug uniqueness) and reference-existence
 * checks are answered from the batch being imported, in memory.
 *
 * `schemaTypes` is the list of type definitions (as in `schemas/index.ts`) or a compiled schema.
 * Sanity's rule code is loaded first (`loadSanityRuntime`), hence the promise.
 */
export async function createValidator(schemaTypes: SchemaTypeDefinition[] | Schema, options: ValidatorOptions = {}): Promise<Validator> {
  const runtime = await loadSanityRuntime()
  const schema = Array.isArray(schemaTypes) ? compileSchema(runtime, schemaTypes) : schemaTypes
  const environment = options.environment ?? 'cli'
  const slugRule = builtInSlugRule(schema)
  const rules = createRuleCompiler(environment, slugRule)
  const quiet = quietTests(rules.contextFree)
  const localeSource = () => (options.i18n ? Promise.resolve(options.i18n) : (usEnglish ??= createValidationI18n()))

  const batchOf = (documents: readonly DocumentLike[]): Batch => {
    const client = createBatchClient(documents)
    const ids = new Set(documents.map((doc) => doc._id))
    return {
      getClient: options.getClient ?? (() => client),
      getDocumentExists: options.getDocumentExists ?? (async ({id}) => ids.has(id)),
    }
  }
  let defaultBatch: Batch | undefined

  async function validateIn(document: DocumentLike, batch: Batch): Promise<ValidationMarker[]> {
    if (typeof document?._type !== 'string') throw new Error("Tried to validated a value without a '_type'")
    const documentType = schema.get(document._type)
    if (!documentType) {
      if (environment === 'studio') return []
      return [{level: 'warning', message: `Could not find schema type for type '${document._type}', skipping validation`, path: []}]
    }
    const scope: TraversalScope = {
      shared: {...batch, schema, document, i18n: await localeSource(), currentUser: options.currentUser},
      environment,
      rules,
      quiet,
      slugRule,
    }
    try {
      const pending: Promise<FlaggedMarker[]>[] = []
      traverseDocument(scope, {value: document, type: documentType, path: [], parent: undefined, ancestorHidden: false}, pending)
      return (await Promise.all(pending)).flat().map(({raw, flag}) => ({level: raw.level, path: raw.path, message: raw.message, rule: flag}))
    } catch (error) {
      // As in Sanity: a rule that throws outside its validator fails the document with one marker.
      return [{level: 'error', message: (error as Error)?.message || 'Unknown error', path: []}]
    }
  }

  return {
    schema,
    validate: (document) => validateIn(document, (defaultBatch ??= batchOf([...(options.documents ?? [])]))),
    async validateAll(documents) {
      const batch = batchOf(documents)
      const results: DocumentValidation[] = []
      for (const document of documents) results.push({documentId: document._id, markers: await validateIn(document, batch)})
      return results
    },
  }
}

/** `createSchema` drops every type when the schema has an error; say so instead of validating nothing. */
function compileSchema({createSchema}: SanityRuntime, types: SchemaTypeDefinition[]): Schema {
  const schema = createSchema({name: 'default', types})
  const problems = (schema._validation ?? []).flatMap((group) =>
    group.problems.filter((problem) => problem.severity === 'error').map((problem) => `${group.path.map((p) => p.name ?? p.kind).join('.')}: ${problem.message}`),
  )
  if (problems.length) throw new Error(`The schema has errors:\n${problems.join('\n')}`)
  return schema
}

/** Sanity's `slugValidator`, which it does not export, as the custom spec of the built-in `slug` type's rule. */
function builtInSlugRule(schema: Schema): SlugRuleSource {
  return () => {
    const rules = (schema.get('slug')?.validation ?? []) as Rule[]
    const spec = rules.flatMap((rule) => ruleSpecs(rule)).find((candidate) => candidate.flag === 'custom')
    if (!spec || typeof spec.constraint !== 'function') throw new Error('The built-in slug type has no slug validator')
    return spec.constraint as ReturnType<SlugRuleSource>
  }
}
