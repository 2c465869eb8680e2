import type {SanityClient} from 'sanity'
import {groupBySlugQuery, meetingNotesQuery, pageBySlugQuery} from '../../queries/index.ts'
import {layout} from '../../render/html/html.ts'
import {NOTES_PER_PAGE, renderGroup} from '../../render/html/renderGroup.ts'
import {renderPage} from '../../render/html/renderPage.ts'
import type {GroupBySlugQueryResult, MeetingNotesQueryResult, PageBySlugQueryResult} from '../../sanity.types.ts'

/**
 * The review site's page for the document with slug `slug` and type `type`, as HTML, read with the
 * drafts perspective: the same queries and the same renderer as the review site (render/html/),
 * so the preview shows what the site will show once the draft is published.
 */
export async function fetchPreviewHtml(client: SanityClient, type: string, slug: string): Promise<string | undefined> {
  const options = {perspective: 'drafts' as const, tag: 'studio.preview'}
  if (type === 'workingGroup') {
    const group = await client.fetch<GroupBySlugQueryResult>(groupBySlugQuery, {slug}, options)
    if (!group) return undefined
    const notes = await client.fetch<MeetingNotesQueryResult>(meetingNotesQuery, {slug, start: 0, end: NOTES_PER_PAGE}, options)
    return layout(group.title ?? slug, renderGroup(group, notes, 0))
  }
  const page = await client.fetch<PageBySlugQueryResult>(pageBySlugQuery, {slug}, options)
  return page ? layout(page.title ?? slug, renderPage(page)) : undefined
}
