import {formatPath} from '../../dataset/formatPath.ts'
import type {BrokenVariant} from '../fixtures/documents/brokenVariants.ts'
import {clone, type Doc} from '../fixtures/documents/build.ts'
import {validDocuments} from '../fixtures/documents/validDocuments.ts'
import {sanityValidate} from '../validate/sanityReference.ts'

/** A marker of Sanity's `validateDocument`, with its path printed as Sanity prints it. */
export interface PrintedMarker {
  level: string
  path: string
  message: string
}

/** Breaks a copy of the valid batch as `variant` says and runs Sanity's own validation on the broken document. */
export async function runVariant(variant: BrokenVariant, environment: 'cli' | 'studio' = variant.environment ?? 'studio'): Promise<PrintedMarker[]> {
  const batch: Doc[] = clone(validDocuments)
  const document = batch.find((doc) => doc._id === variant.id)
  if (!document) throw new Error(`No valid example with _id ${variant.id}`)
  variant.mutate(document, batch)
  const markers = await sanityValidate(document, batch, environment)
  return markers.map((marker) => ({level: marker.level, path: formatPath(marker.path as never), message: marker.message}))
}

/** The rows `test.each` takes: [description, mutation, expected path, expected message fragment, variant]. */
export const rows = (variants: BrokenVariant[]) =>
  variants.map((variant) => [variant.description, variant.mutate, variant.path, variant.message, variant] as const)

/** Asserts that Sanity reported the variant's marker (or, for `path: null`, nothing at all). */
export async function expectRejected(variant: BrokenVariant) {
  const markers = await runVariant(variant)
  if (variant.path === null) {
    expect(markers).toEqual([])
    return
  }
  expect(markers).toContainEqual({level: variant.level ?? 'error', path: variant.path, message: expect.stringContaining(variant.message)})
}
