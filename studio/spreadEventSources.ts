/**
 * Browsers open at most six HTTP/1.1 connections per host, and the Studio keeps a listener
 * (a server-sent-events stream) open for every list, document and preview it shows; against the
 * hosted API that is fine because it speaks HTTP/2, which carries them all on one connection.
 * The local endpoint speaks plain HTTP/1.1 on loopback, so after a few panes the listeners would
 * hold every connection and the Studio's other requests would queue forever. This gives each
 * listener a host of its own (`l<n>.<projectId>.localhost`, which browsers resolve to loopback
 * like any `*.localhost`), so each gets its own connection pool. The Studio's client opens
 * listeners with `EventSource` or, when it sends headers, with a polyfill built on `fetch` and
 * `XMLHttpRequest`, so all three are wrapped; only `/data/listen/` URLs on the API host change.
 * The local endpoint accepts those hosts.
 */
export function spreadEventSources(apiHostname: string): void {
  if (typeof window === 'undefined' || (window as {spreadEventSources?: boolean}).spreadEventSources) return
  ;(window as {spreadEventSources?: boolean}).spreadEventSources = true
  let next = 0
  const spread = (url: string | URL): string | URL => {
    const target = new URL(url, window.location.href)
    if (target.hostname !== apiHostname || !target.pathname.includes('/data/listen/')) return url
    target.hostname = `l${(next = (next % 9999) + 1)}.${apiHostname}`
    return target.href
  }

  if (typeof window.EventSource !== 'undefined') {
    const NativeEventSource = window.EventSource
    window.EventSource = class extends NativeEventSource {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(spread(url), init)
      }
    }
  }
  const nativeFetch = window.fetch.bind(window)
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    nativeFetch(typeof input === 'string' || input instanceof URL ? spread(input) : input, init)
  const nativeOpen = XMLHttpRequest.prototype.open as (this: XMLHttpRequest, ...args: unknown[]) => void
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    nativeOpen.call(this, method, spread(url), ...rest)
  } as typeof XMLHttpRequest.prototype.open
}
