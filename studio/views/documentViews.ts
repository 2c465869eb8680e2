import {EyeOpenIcon} from '@sanity/icons/EyeOpen'
import {LinkIcon} from '@sanity/icons/Link'
import type {DefaultDocumentNodeResolver, StructureBuilder} from 'sanity/structure'
import {PreviewView} from './PreviewView.tsx'
import {WhereUsedView} from './WhereUsedView.tsx'

/** Every document's views: the form, the review site's rendering of the draft, and the documents that reference it. */
export function documentViews(S: StructureBuilder) {
  return [
    S.view.form(),
    S.view.component(PreviewView).title('Preview').icon(EyeOpenIcon).id('preview'),
    S.view.component(WhereUsedView).title('Where it is used').icon(LinkIcon).id('where-used'),
  ]
}

/** The document node the desk opens for any document it lists. */
export const defaultDocumentNode: DefaultDocumentNodeResolver = (S) => S.document().views(documentViews(S))
