import type {RouteContext, RouteTable} from '../router.ts'
import {badRequest} from '../HttpError.ts'

/** The one user of a local Studio. */
export const LOCAL_USER = {
  id: 'local-editor',
  name: 'Local editor',
  email: 'editor@localhost',
  profileImage: null,
  provider: 'local',
  role: 'administrator',
  roles: [{name: 'administrator', title: 'Administrator', description: 'Edits everything in the local dataset'}],
}

/** Every document, every permission: the dataset ACL of an administrator. */
const DATASET_GRANTS = [{filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history', 'manage']}]

/** Answers for endpoints the Studio polls that mean nothing locally: quick, empty, never an error. */
const EMPTY_ANSWERS: [string, unknown][] = [
  ['/v:apiVersion/journey/*rest', {}],
  ['/v:apiVersion/intake/*rest', {}],
  ['/v:apiVersion/telemetry/*rest', {}],
  ['/v:apiVersion/help/*rest', {}],
  ['/v:apiVersion/projects/:projectId/features/*rest', []],
  ['/v:apiVersion/projects/:projectId/features', []],
  ['/v:apiVersion/features', []],
  ['/v:apiVersion/projects/:projectId/datasets/:dataset/tags', []],
  ['/v:apiVersion/projects/:projectId/user-applications', []],
  ['/v:apiVersion/projects/:projectId/invitations', []],
  ['/v:apiVersion/projects/:projectId/access-requests/*rest', []],
  ['/v:apiVersion/access/*rest', {}],
  ['/v:apiVersion/data/presence/*rest', {}],
  ['/v:apiVersion/comments/*rest', []],
  ['/v:apiVersion/help', {}],
  ['/v:apiVersion/schedules/:projectId/:dataset', {schedules: []}],
]

/**
 * What the Studio asks the project API before it shows anything: the current user, the project,
 * its datasets and grants, the dataset ACL, feature flags, and the user's key-value store (kept
 * in memory: list layouts, recent searches). No token: the loopback server is the session.
 */
export function studioApiRoutes(options: {projectId: string; datasets: readonly string[]}): RouteTable {
  const keyValues = new Map<string, unknown>()
  const project = {
    id: options.projectId,
    displayName: 'PSF Working Groups (local)',
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: {},
    organizationId: null,
    members: [{id: LOCAL_USER.id, role: 'administrator', roles: LOCAL_USER.roles, isRobot: false, isCurrentUser: true, createdAt: '2025-01-01T00:00:00Z'}],
    features: [],
  }
  return [
    {method: 'GET', path: '/v:apiVersion/users/me/keyvalue/:keys', handler: ({params}) => ({json: params.keys!.split(',').map((key) => ({key, value: keyValues.get(key) ?? null}))})},
    {method: ['PUT', 'POST', 'PATCH'], path: '/v:apiVersion/users/me/keyvalue', handler: (context) => setKeyValues(keyValues, context)},
    {method: 'GET', path: '/v:apiVersion/users/me', handler: () => ({json: LOCAL_USER})},
    {method: 'GET', path: '/v:apiVersion/users/:ids', handler: ({params}) => ({json: params.ids!.split(',').includes(LOCAL_USER.id) ? [LOCAL_USER] : []})},
    {method: 'GET', path: '/v:apiVersion/projects/:projectId/users/:ids', handler: ({params}) => ({json: params.ids!.split(',').includes(LOCAL_USER.id) ? [LOCAL_USER] : []})},
    {method: 'GET', path: '/v:apiVersion/projects/:projectId/grants', handler: () => ({json: {}})},
    {method: 'GET', path: '/v:apiVersion/projects/:projectId/datasets/:dataset/acl', handler: () => ({json: DATASET_GRANTS})},
    {method: 'GET', path: '/v:apiVersion/projects/:projectId/datasets', handler: () => ({json: options.datasets.map((name) => ({name, aclMode: 'private'}))})},
    {method: 'GET', path: '/v:apiVersion/projects/:projectId', handler: () => ({json: project})},
    {method: 'GET', path: '/v:apiVersion/auth/providers', handler: () => ({json: {providers: [], thirdPartyLogin: false, sso: {}}})},
    {method: 'GET', path: '/v:apiVersion/ping', handler: () => ({text: 'PONG'})},
    ...EMPTY_ANSWERS.map(([path, json]) => ({method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], path, handler: () => ({json})})),
  ]
}

async function setKeyValues(store: Map<string, unknown>, {readBody}: RouteContext) {
  let pairs: unknown
  try {
    pairs = JSON.parse(await readBody())
  } catch {
    throw badRequest('Request body is not valid JSON')
  }
  if (!Array.isArray(pairs) || !pairs.every((pair) => pair && typeof pair.key === 'string')) throw badRequest('Request body needs [{key, value}, …]')
  for (const {key, value} of pairs as {key: string; value: unknown}[]) store.set(key, value)
  return {json: pairs}
}
