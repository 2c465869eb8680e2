import type {SchemaType} from 'sanity'
import {isRecord} from './isRecord.ts'
import {typeString} from './typeString.ts'

/** Sanity's `resolveTypeForArrayItem`: a lone member type takes every item, whatever its `_type`. */
export function resolveTypeForArrayItem(item: unknown, candidates: SchemaType[]): SchemaType | undefined {
  if (candidates.length === 1) return candidates[0]
  const itemType = isRecord(item) && typeof item._type === 'string' && item._type
  const primitive = item == null || (!itemType && typeString(item).toLowerCase())
  if (primitive && primitive !== 'object') return candidates.find((candidate) => candidate.jsonType === primitive)
  return (
    candidates.find((candidate) => candidate.type?.name === itemType) ||
    candidates.find((candidate) => candidate.name === itemType) ||
    candidates.find((candidate) => candidate.name === 'object' && primitive === 'object')
  )
}
