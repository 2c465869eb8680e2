import type {SanityQueries} from '@sanity/client'

/**
 * The result type `sanity typegen` gives a query of the library (sanity.types.ts declares them on
 * @sanity/client's `SanityQueries`, which types `client.fetch`), for the other places that run
 * the queries: the local endpoint's store, the review site, the tests.
 */
export type QueryResult<Query extends string> = Query extends keyof SanityQueries ? SanityQueries[Query] : unknown
