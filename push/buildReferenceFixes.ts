import {buildReferenceFix} from './buildReferenceFix.ts'
import type {CommitResult} from './commitWrites.ts'
import type {DocumentWrite} from './DocumentWrite.ts'
import type {PlanEntry} from './types.ts'

/**
 * The patches that make references strong again wherever their target now exists: on each
 * document just written (as the write left it), and on each unchanged one (a run cut short after
 * writing it left some weak). References whose target is still missing stay weak: `dangling`,
 * by document id.
 */
export function buildReferenceFixes(
  plan: readonly PlanEntry[],
  written: CommitResult['written'],
  existing: ReadonlySet<string>,
): {writes: DocumentWrite[]; dangling: Map<string, string[]>} {
  const writes: DocumentWrite[] = []
  const dangling = new Map<string, string[]>()
  const add = (id: string, fix: ReturnType<typeof buildReferenceFix>) => {
    if (fix.write) writes.push(fix.write)
    if (fix.dangling.length > 0) dangling.set(id, fix.dangling)
  }
  const entries = new Map(plan.map((entry) => [entry.id, entry]))
  for (const [id, {rev, document}] of written) add(id, buildReferenceFix(document, rev, entries.get(id)!.desired, existing))
  for (const entry of plan) {
    if (entry.action === 'unchanged') add(entry.id, buildReferenceFix(entry.current!, entry.baseRev!, entry.desired, existing))
  }
  return {writes, dangling}
}
