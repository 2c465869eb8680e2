import {DocumentsIcon} from '@sanity/icons/Documents'
import {LockIcon} from '@sanity/icons/Lock'
import {UsersIcon} from '@sanity/icons/Users'
import type {InitialValueTemplateItemBuilder, StructureBuilder, StructureResolver} from 'sanity/structure'
import {documentViews} from './views/documentViews.ts'

/**
 * Lets a list open the documents its own templates create, beside itself, instead of wherever
 * Sanity's intent resolution would first find a list of that type (All legacy pages).
 */
function createsFrom(...templateIds: string[]) {
  return (intent: string, params: {template?: string}) => intent === 'create' && templateIds.includes(params.template ?? '')
}

/**
 * A group's own pages: meeting notes newest first, then its other legacy pages and member lists.
 * Each list creates its documents already filled in for the group (studio/templates/).
 */
function groupPages(S: StructureBuilder, groupId: string) {
  return S.list()
    .title('Pages')
    .items([
      S.listItem()
        .title('Meeting notes')
        .child(
          S.documentList()
            .title('Meeting notes')
            .schemaType('legacyPage')
            .filter('_type == "legacyPage" && group._ref == $groupId && kind == "meetingNotes"')
            .params({groupId})
            .defaultOrdering([{field: 'date', direction: 'desc'}])
            // canHandleIntent first: a later clone of the builder forgets the templates it was given.
            .canHandleIntent(createsFrom('meetingNote'))
            .initialValueTemplates([S.initialValueTemplateItem('meetingNote', {groupId}).title('New meeting note')]),
        ),
      S.listItem()
        .title('Other pages')
        .child(
          S.documentList()
            .title('Other pages')
            .schemaType('legacyPage')
            .filter('_type == "legacyPage" && group._ref == $groupId && kind != "meetingNotes"')
            .params({groupId})
            .defaultOrdering([{field: 'title', direction: 'asc'}])
            .canHandleIntent(createsFrom('groupPage'))
            .initialValueTemplates([S.initialValueTemplateItem('groupPage', {groupId}).title('New page')]),
        ),
      S.listItem()
        .title('Member lists')
        .icon(LockIcon)
        .child(
          S.documentList()
            .title('Member lists')
            .schemaType('memberList')
            .filter('_type == "memberList" && group._ref == $groupId')
            .params({groupId}),
        ),
    ])
}

/** Working groups of one status; each opens onto the group document beside its pages. */
function groupsByStatus(S: StructureBuilder, title: string, statuses: string[], templates: InitialValueTemplateItemBuilder[]) {
  return S.listItem()
    .title(title)
    .icon(UsersIcon)
    .child(
      S.documentTypeList('workingGroup')
        .title(title)
        .filter('_type == "workingGroup" && status in $statuses')
        .params({statuses})
        .defaultOrdering([{field: 'title', direction: 'asc'}])
        // No canHandleIntent here: this list's child is the group's own list, not a document, so a new
        // group opens where Sanity finds a plain list of groups (All working groups).
        .initialValueTemplates(templates)
        .child((groupId) =>
          S.list()
            .title('Working group')
            .items([
              S.listItem()
                .title('Details')
                .icon(UsersIcon)
                .child(S.document().schemaType('workingGroup').documentId(groupId).views(documentViews(S))),
              S.listItem().title('Pages').icon(DocumentsIcon).child(groupPages(S, groupId)),
            ]),
        ),
    )
}

/** The desk: working groups by status first, then every legacy page and member list. */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Working groups')
        .icon(UsersIcon)
        .child(
          S.list()
            .title('Working groups')
            .items([
              // A new group starts active, so only the Active list offers one.
              groupsByStatus(S, 'Active', ['active'], [S.initialValueTemplateItem('newWorkingGroup').title('New working group')]),
              groupsByStatus(S, 'Historical', ['historical', 'dormant'], []),
              S.listItem().title('All working groups').icon(UsersIcon).child(S.documentTypeList('workingGroup')),
            ]),
        ),
      S.divider(),
      S.documentTypeListItem('legacyPage').title('All legacy pages'),
      S.documentTypeListItem('memberList').title('All member lists'),
    ])
