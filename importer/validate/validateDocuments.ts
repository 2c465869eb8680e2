import type {SchemaTypeDefinition} from 'sanity'
import {createValidator} from './createValidator.ts'
import {findDanglingReferences} from './findDanglingReferences.ts'
import {formatPath} from '../../dataset/formatPath.ts'
import {loadSanityRuntime} from './sanity/loadSanityRuntime.ts'
import type {ValidationMarker} from './types.ts'
import {findReferences} from '../../dataset/findReferences.ts'
import type {ImportWarning, ImportedDocument} from '../types.ts'

export interface ValidationOutcome {
  /** Documents to write: those with no error marker. */
  valid: ImportedDocument[]
  invalid: {sourcePath: string; documentId: string; errors: {stage: string; code: string; message: string; path: string}[]}[]
  warnings: {sourcePath: string; warning: ImportWarning}[]
}

export interface ValidateOptions {
  /** The schema to validate against; default: the project's (schemas/index.ts). */
  schemaTypes?: SchemaTypeDefinition[]
  onProgress?: (stage: string, done: number, total: number) => void
}

/**
 * The validate stage: the Studio schema's own rules on every document, against the batch (so a
 * duplicate slug or a reference into nothing is caught), plus the importer's rule that no
 * reference may point outside the batch. Invalid documents are not written; a reference to one of
 * them from a valid document is made weak, with a warning, so the dataset never fails to import.
 * Each call compiles its schema afresh (a few milliseconds): one run never sees another's schema.
 */
export async function validateDocuments(
  documents: readonly ImportedDocument[],
  sourceOf: ReadonlyMap<string, string>,
  {schemaTypes, onProgress}: ValidateOptions = {},
): Promise<ValidationOutcome> {
  const validator = await createValidator(schemaTypes ?? (await loadSanityRuntime()).schemaTypes, {environment: 'import'})
  const results = await validator.validateAll(documents)
  const ids = new Set(documents.map((document) => document._id))
  const outcome: ValidationOutcome = {valid: [], invalid: [], warnings: []}
  const dropped = new Set<string>()
  documents.forEach((document, index) => {
    const sourcePath = sourceOf.get(document._id) ?? document.provenance.sourcePath
    const markers: ValidationMarker[] = [...results[index]!.markers, ...findDanglingReferences(document, ids)]
    const errors = markers.filter((marker) => marker.level === 'error')
    for (const marker of markers.filter((m) => m.level === 'warning')) {
      outcome.warnings.push({sourcePath, warning: {code: `validation-${marker.rule ?? 'warning'}`, message: describe(marker)}})
    }
    if (errors.length === 0) {
      outcome.valid.push(document)
    } else {
      dropped.add(document._id)
      outcome.invalid.push({
        sourcePath,
        documentId: document._id,
        errors: errors.map((marker) => ({
          stage: 'validate',
          code: marker.rule ?? 'invalid',
          path: formatPath(marker.path),
          message: `${sourcePath}: ${document._id} is invalid: ${describe(marker)}`,
        })),
      })
    }
    onProgress?.('validate', index + 1, documents.length)
  })
  if (dropped.size) {
    for (const document of outcome.valid) {
      for (const ref of weakenReferencesTo(document, dropped)) {
        outcome.warnings.push({
          sourcePath: sourceOf.get(document._id) ?? document.provenance.sourcePath,
          warning: {code: 'reference-weakened', message: `reference to ${ref} made weak: that document is invalid and was not written`},
        })
      }
    }
  }
  return outcome
}

function describe(marker: ValidationMarker): string {
  return `${formatPath(marker.path) || '(document)'}: ${marker.message}${marker.rule ? ` (rule: ${marker.rule})` : ''}`
}

/** Marks references to `ids` weak, in place; returns the ids it weakened. */
function weakenReferencesTo(document: ImportedDocument, ids: ReadonlySet<string>): string[] {
  const weakened: string[] = []
  for (const {ref} of findReferences(document)) {
    if (!ids.has(ref._ref)) continue
    ref._weak = true
    weakened.push(ref._ref)
  }
  return weakened
}
