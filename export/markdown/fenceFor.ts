/** A backtick fence longer than any backtick run in `text`, so nothing inside can close it (at least three). */
export function fenceFor(text: string): string {
  const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length))
  return '`'.repeat(longest + 1)
}
