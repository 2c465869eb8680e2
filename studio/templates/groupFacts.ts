import type {InitialValueResolverContext} from 'sanity'
import {apiVersion} from '../env.ts'

/** What a template takes from the group a new document belongs to. */
export interface GroupFacts {
  title: string
  slug: string
}

/** The title and slug of the working group `groupId` (its draft when it has one), for a template to build on. */
export async function groupFacts(groupId: string, context: InitialValueResolverContext): Promise<GroupFacts> {
  const group = await context
    .getClient({apiVersion})
    .fetch<{title?: string; slug?: string} | null>('*[_id == $id][0]{title, "slug": slug.current}', {id: groupId}, {perspective: 'drafts'})
  return {title: group?.title ?? 'Working group', slug: group?.slug ?? 'psf/working-groups'}
}
