const BUILT_INS = new Set<unknown>([Object, Function, Array, String, Boolean, Number, Date, RegExp, Error])

/**
 * `typeString` of sanity's validation: `String`, `Number`, `Object`, `Array`, ..., the constructor
 * name for class instances, `undefined` / `null` for those. Primitives answer without a lookup.
 */
export function typeString(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return 'String'
    case 'number':
      return 'Number'
    case 'boolean':
      return 'Boolean'
  }
  // The walk asks this of every object and array: plain ones answer without building the tag.
  if (value !== null && typeof value === 'object' && !(Symbol.toStringTag in value)) {
    const prototype = Object.getPrototypeOf(value)
    if (prototype === Object.prototype) return 'Object'
    if (prototype === Array.prototype) return 'Array'
  }
  const tag = Object.prototype.toString.call(value).slice(8, -1)
  if (value == null) return tag.toLowerCase()
  const ctor = (value as {constructor?: {name: string}}).constructor
  return ctor && !BUILT_INS.has(ctor) ? ctor.name : tag
}
