import type {GroupBySlugQueryResult, MeetingNotesQueryResult} from '../../sanity.types.ts'
import {esc, link} from './html.ts'
import {renderBody} from './renderBody.ts'

/** How many meeting notes a group's page lists at a time. */
export const NOTES_PER_PAGE = 50

/**
 * A working group's page as the review site and the Studio's Preview show it: status and summary,
 * introduction, charter, members, contacts, pages, and one page of meeting notes from `start`.
 */
export function renderGroup(group: NonNullable<GroupBySlugQueryResult>, notes: MeetingNotesQueryResult, start: number): string {
  const members = (group.members ?? []).map((m) => `<tr><td>${esc(m.name)}</td><td>${esc(m.role)}</td><td>${esc(m.note)}</td></tr>`)
  const former = (group.formerMembers ?? []).map((m) => `<li>${esc(m.name)} (${esc(m.role)})</li>`)
  const contacts = (group.contacts ?? []).map((c) => `<li>${esc(c.label ?? c.kind)}: ${esc(c.value)}</li>`)
  const pages = (group.pages ?? []).map((p) => `<li>${link(p, p.title)} <small>${esc(p.kind ?? p._type)} ${esc(p.date)}</small></li>`)
  const legacy = (group.legacyPages ?? []).map((p) => `<li>${link(p, p.title)} <small>${esc(p.kind)}</small></li>`)
  const lists = (group.memberLists ?? []).map((l) => `<li>${link(l, l.title)} <small>${esc(l.usernameCount)} usernames</small></li>`)
  const noteItems = (notes?.notes ?? []).map((n) => `<li>${link({_type: 'legacyPage', slug: n.slug}, n.title)} <small>${esc(n.date)}</small></li>`)
  const total = notes?.total ?? 0
  const pager = [
    start > 0 ? `<a href="?notes=${Math.max(0, start - NOTES_PER_PAGE)}">newer</a>` : '',
    start + NOTES_PER_PAGE < total ? `<a href="?notes=${start + NOTES_PER_PAGE}">older</a>` : '',
  ].join(' ')
  return [
    `<p><span class="status ${esc(group.status)}">${esc(group.status)}</span> ${esc(group.summary)}</p>`,
    group.retiredOn || group.retirementNote
      ? `<p id="retired">Retired${group.retiredOn ? ` on <time datetime="${esc(group.retiredOn)}">${esc(group.retiredOn)}</time>` : ''}${group.retirementNote ? `: ${esc(group.retirementNote)}` : ''}</p>`
      : '',
    renderBody(group.body as never),
    group.charter ? `<section id="charter"><h2 id="charter-title">${esc(group.charter.title ?? 'Charter')}</h2>${renderBody(group.charter.body as never)}</section>` : '',
    `<section id="members"><h2>Members</h2><table><tr><th>Name</th><th>Role</th><th>Note</th></tr>${members.join('')}</table>`,
    former.length ? `<h3>Former members</h3><ul>${former.join('')}</ul>` : '',
    `</section><section id="contacts"><h2>Contacts</h2><ul>${contacts.join('')}</ul></section>`,
    `<section id="pages"><h2>Pages</h2><ol>${pages.join('')}</ol></section>`,
    legacy.length ? `<section id="legacy"><h2>Legacy pages</h2><ul>${legacy.join('')}</ul></section>` : '',
    lists.length ? `<section id="member-lists"><h2>Member lists</h2><ul>${lists.join('')}</ul></section>` : '',
    `<section id="meeting-notes"><h2>Meeting notes (${esc(total)})</h2><ol start="${start + 1}">${noteItems.join('')}</ol>${pager}</section>`,
  ].join('\n')
}
