import {Card, Flex, Spinner, Stack, Text} from '@sanity/ui'
import {useEffect, useState} from 'react'
import {useClient} from 'sanity'
import type {UserViewComponent} from 'sanity/structure'
import {apiVersion} from '../env.ts'
import {fetchPreviewHtml} from './fetchPreviewHtml.ts'

/** How long the preview waits after the last change before asking again (the Studio saves a draft about as often). */
const SETTLE_MS = 300

type State = {status: 'loading'} | {status: 'ready'; html: string} | {status: 'missing'; reason: string}

/**
 * The Preview view beside the form: the document rendered as the review site renders it, from the
 * endpoint's drafts perspective. It follows the draft live: it renders again whenever the form's
 * value changes and whenever the endpoint reports a mutation of the document (the form's change
 * reaches the endpoint a moment after it shows), so the last rendering is always the saved draft.
 */
export const PreviewView: UserViewComponent = ({document, documentId, schemaType}) => {
  const client = useClient({apiVersion})
  const displayed = document.displayed
  const slug = (displayed.slug as {current?: string} | undefined)?.current
  const [state, setState] = useState<State>({status: 'loading'})
  const [saved, setSaved] = useState(0)

  useEffect(() => {
    const subscription = client
      .listen('*[_id in [$id, $draft]]', {id: documentId, draft: `drafts.${documentId}`}, {events: ['mutation'], visibility: 'query', includeResult: false})
      .subscribe({next: () => setSaved((count) => count + 1), error: () => undefined})
    return () => subscription.unsubscribe()
  }, [client, documentId])

  useEffect(() => {
    if (!slug) {
      setState({status: 'missing', reason: 'Give the document a slug to preview it: the review site finds pages by their slug.'})
      return
    }
    let cancelled = false
    const timer = setTimeout(() => {
      fetchPreviewHtml(client, schemaType.name, slug)
        .then((html) => {
          if (cancelled) return
          setState(html ? {status: 'ready', html} : {status: 'missing', reason: `No ${schemaType.title ?? schemaType.name} with the slug "${slug}" is saved yet.`})
        })
        .catch((error: Error) => !cancelled && setState({status: 'missing', reason: `The preview could not be loaded: ${error.message}`}))
    }, SETTLE_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [client, schemaType, slug, displayed, saved])

  if (state.status === 'loading') {
    return (
      <Flex align="center" justify="center" padding={5}>
        <Spinner muted />
      </Flex>
    )
  }
  if (state.status === 'missing') {
    return (
      <Card padding={4}>
        <Stack gap={3}>
          <Text weight="semibold">Preview</Text>
          <Text muted>{state.reason}</Text>
        </Stack>
      </Card>
    )
  }
  // The review site's own page in a frame, so its styles neither leak into the Studio nor inherit from it.
  return <iframe title="Preview" data-testid="review-preview" srcDoc={state.html} style={{border: 0, width: '100%', height: '100%', minHeight: '80vh'}} />
}
