import {Badge, Card, Flex, Spinner, Stack, Text} from '@sanity/ui'
import {useEffect, useState} from 'react'
import {useClient, type SanityDocument} from 'sanity'
import {IntentLink} from 'sanity/router'
import type {UserViewComponent} from 'sanity/structure'
import {findReferences} from '../../dataset/findReferences.ts'
import {apiVersion} from '../env.ts'
import {describeUse} from './describeUse.ts'

type Use = {id: string; type: string; title: string; subtitle: string; uses: string[]}

/** The most documents the view lists; a group's own pages can run to a few hundred. */
const LIMIT = 500

/**
 * "Where it is used": every document that references this one (GROQ `references()`, drafts
 * perspective, so an unpublished link counts too), with how: navigation entry, internal link,
 * the group's page list, the group a page belongs to. Shown before deleting or renaming: a
 * referenced document cannot be deleted, and a title change shows in each of them.
 */
export const WhereUsedView: UserViewComponent = ({documentId}) => {
  const client = useClient({apiVersion})
  const [uses, setUses] = useState<Use[] | undefined>()
  const [error, setError] = useState<string | undefined>()

  useEffect(() => {
    const load = () =>
      client
        .fetch<SanityDocument[]>(`*[references($id)] | order(_type asc, title asc)[0...${LIMIT}]`, {id: documentId}, {perspective: 'drafts', tag: 'studio.where-used'})
        .then((documents) => setUses(documents.map((document) => toUse(document, documentId))))
        .catch((failure: Error) => setError(failure.message))
    load()
    const subscription = client
      .listen('*[references($id)]', {id: documentId}, {events: ['mutation'], visibility: 'query', includeResult: false})
      .subscribe({next: load, error: () => undefined})
    return () => subscription.unsubscribe()
  }, [client, documentId])

  if (error) return <Card padding={4} tone="critical"><Text>Could not list the documents that use this one: {error}</Text></Card>
  if (!uses) return <Flex align="center" justify="center" padding={5}><Spinner muted /></Flex>
  return (
    <Card padding={4} data-testid="where-used">
      <Stack gap={4}>
        <Text weight="semibold">
          {uses.length === 0
            ? 'No document references this one: deleting it breaks no link.'
            : `${uses.length} document${uses.length === 1 ? '' : 's'} reference this one. Remove these references before deleting it; a new title shows in each of them.`}
        </Text>
        {uses.map((use) => (
          <Card key={use.id} padding={3} radius={2} border>
            <Stack gap={2}>
              <IntentLink intent="edit" params={{id: use.id, type: use.type}}>
                <Text weight="medium">{use.title}</Text>
              </IntentLink>
              <Text size={1} muted>{use.subtitle}</Text>
              <Flex gap={2} wrap="wrap">
                {use.uses.map((label) => <Badge key={label}>{label}</Badge>)}
              </Flex>
            </Stack>
          </Card>
        ))}
      </Stack>
    </Card>
  )
}

function toUse(document: SanityDocument, targetId: string): Use {
  const labels = findReferences(document)
    .filter((found) => found.ref._ref === targetId)
    .map((found) => describeUse(found.path))
  const {kind, date} = document as {kind?: string; date?: string}
  return {
    id: document._id.replace(/^drafts\./, ''),
    type: document._type,
    title: String(document.title ?? document._id),
    subtitle: [document._type, kind, date].filter(Boolean).join(' · '),
    uses: [...new Set(labels)],
  }
}
