/** The GROQ query library a PSF site builds on; each query is typed by `sanity typegen` (sanity.types.ts). */
export {groupsQuery} from './groupsQuery.ts'
export {groupBySlugQuery} from './groupBySlugQuery.ts'
export {meetingNotesQuery} from './meetingNotesQuery.ts'
export {pageBySlugQuery} from './pageBySlugQuery.ts'
export {memberListsQuery} from './memberListsQuery.ts'
export {chairsQuery} from './chairsQuery.ts'
export {searchQuery} from './searchQuery.ts'
export type {QueryResult} from './QueryResult.ts'
