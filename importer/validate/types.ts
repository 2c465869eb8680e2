import type {CurrentUser, LocaleSource, SanityClient} from 'sanity'

import type {PathSegment} from '../../dataset/types.ts'

export type {PathSegment}

/** How serious a marker is; Sanity's studio blocks publishing only on `error`. */
export type MarkerLevel = 'error' | 'warning' | 'info'

/** A problem found in a document, in the shape Sanity's `validateDocument` reports it. */
export interface ValidationMarker {
  level: MarkerLevel
  /** Where the problem is, from the document root: `['members', {_key: 'm1'}, 'email']`. */
  path: PathSegment[]
  message: string
  /** The rule flag that failed (`presence`, `uri`, `custom`, `valid`, `type`, ...); `undefined` for whole-document failures. */
  rule?: string
}

/** A document as the validator sees it: anything with an `_id` and a `_type`. */
export interface DocumentLike {
  _id: string
  _type: string
  [field: string]: unknown
}

/**
 * Where the rules run. `cli` and `studio` are Sanity's own: `cli` (as `sanity documents validate`)
 * also warns about fields the schema does not declare, but does so by chaining `.warning()` onto
 * each rule of an object-typed value, which turns that rule's errors into warnings too: a missing
 * or duplicate slug is then only a warning. `import` keeps the Studio's levels and adds the
 * unknown-field warnings as a check of their own: what the importer should decide by.
 */
export type ValidationEnvironment = 'cli' | 'studio' | 'import'

export interface ValidatorOptions {
  /** Default `cli`, which gives exactly `validateDocument`'s markers; see `ValidationEnvironment`. */
  environment?: ValidationEnvironment
  /**
   * The batch `validate()` checks against: slug uniqueness and reference existence are answered from
   * these documents, in memory. `validateAll(docs)` uses `docs` instead.
   */
  documents?: Iterable<DocumentLike>
  /** Replaces the in-memory client that custom rules (and slug uniqueness) query. */
  getClient?: (options: {apiVersion: string}) => SanityClient
  /** Replaces the batch lookup the `reference` rule uses to tell whether a target exists. */
  getDocumentExists?: (options: {id: string}) => Promise<boolean>
  /** Translations for rule messages; default: Sanity's own US English. */
  i18n?: LocaleSource
  /** What `hidden` callbacks and custom rules see as the current user. */
  currentUser?: CurrentUser | null
}

/** The markers of one document of a batch. */
export interface DocumentValidation {
  documentId: string
  markers: ValidationMarker[]
}
