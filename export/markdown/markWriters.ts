import {destination} from './destination.ts'
import type {MarkWriter, PtNode, WriteContext} from './types.ts'

/** A decorator's delimiter run; `alternative` is used when the text before already ends in the same character. */
function delimiter(run: string, alternative = run): {run: string; alternative: string} {
  return {run, alternative}
}

/**
 * Decorators by name. `code` is not here: a code span holds its text unescaped, so
 * {@link writeInline} writes it itself.
 */
export const decoratorWriters: Record<string, ReturnType<typeof delimiter>> = {
  strong: delimiter('**', '__'),
  em: delimiter('*', '_'),
  'strike-through': delimiter('~~'),
}

function linkTo(href: (def: PtNode, ctx: WriteContext) => string | undefined): MarkWriter {
  return (def, ctx) => {
    const target = href(def, ctx)
    return target === undefined ? undefined : {open: '[', close: `](${destination(target)})`}
  }
}

/**
 * Annotations by markDef `_type`: each becomes a markdown link that the importer's links stage
 * resolves back to the same annotation — an external `link` as written, an `internalLink` as
 * the relative path of the target's page, an `attachmentLink` as the wiki's `attachments/...`.
 */
export const annotationWriters: Record<string, MarkWriter> = {
  link: linkTo((def) => def.href as string),
  internalLink: linkTo((def, ctx) => {
    const reference = def.reference as {_ref?: string} | undefined
    return reference?._ref ? ctx.links.documentHref(reference._ref, def.anchor as string | undefined) : undefined
  }),
  attachmentLink: linkTo((def, ctx) => ctx.links.attachmentHref(def.file, def.sourcePath as string | undefined)),
}
