/** A character as a numeric entity, which the parser decodes back to the character. */
export function entity(char: string): string {
  return `&#${char.codePointAt(0)};`
}
