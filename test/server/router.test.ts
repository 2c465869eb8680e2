import {compilePath, createRouter} from '../../server/router.ts'

const noop = () => undefined
const router = createRouter([
  {method: ['GET', 'POST'], path: '/v:apiVersion/data/query/:dataset', handler: noop},
  {method: 'GET', path: '/v:apiVersion/data/doc/:dataset/:ids', handler: noop},
  {method: 'GET', path: '/pages/*slug', handler: noop},
])

test.each([
  ['GET', '/v2025-02-19/data/query/production', {apiVersion: '2025-02-19', dataset: 'production'}],
  ['POST', '/v1/data/query/production/', {apiVersion: '1', dataset: 'production'}],
  ['HEAD', '/vX/data/query/test', {apiVersion: 'X', dataset: 'test'}],
  ['GET', '/v1/data/doc/production/a%2Cb,c', {apiVersion: '1', dataset: 'production', ids: 'a,b,c'}],
  ['GET', '/pages/psf/working-groups/packaging%20x', {slug: 'psf/working-groups/packaging x'}],
])('createRouter: %s %s captures path parameters', (method, pathname, params) => {
  expect(router.match(method, pathname)).toMatchObject({kind: 'found', params})
})

test('createRouter: a known path with another method is wrongMethod with the allowed ones', () => {
  expect(router.match('DELETE', '/v1/data/query/production')).toEqual({kind: 'wrongMethod', allowed: ['GET', 'POST']})
})

test.each(['/v1/data/query', '/v1/data/query/a/b', '/data/query/production', '/pages'])('createRouter: %s matches nothing', (pathname) => {
  expect(router.match('GET', pathname)).toEqual({kind: 'none'})
})

test('compilePath: literal characters are escaped', () => {
  expect(compilePath('/a.b(c)').test('/a.b(c)')).toBe(true)
  expect(compilePath('/a.b').test('/axb')).toBe(false)
})

test('createRouter: the first matching route of merged tables wins', () => {
  const first = () => ({text: 'first'})
  const merged = createRouter([{method: 'GET', path: '/x/:id', handler: first}, {method: 'GET', path: '/x/*rest', handler: noop}])
  const match = merged.match('GET', '/x/1')
  expect(match.kind === 'found' && match.route.handler).toBe(first)
})
