import type {TemplateResolver} from 'sanity'
import {groupPageTemplate} from './groupPageTemplate.ts'
import {meetingNoteTemplate} from './meetingNoteTemplate.ts'
import {newWorkingGroupTemplate} from './newWorkingGroupTemplate.ts'

/** The Studio's templates: Sanity's defaults (one per type) and the project's own, which the desk structure offers in its lists. */
export const templates: TemplateResolver = (defaults) => [...defaults, meetingNoteTemplate, groupPageTemplate, newWorkingGroupTemplate]
