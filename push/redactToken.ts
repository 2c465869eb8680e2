/**
 * Removes a secret from text before it is shown or stored. Used on every message that leaves the
 * push (error texts come from the API and from the HTTP layer, which we do not control).
 */
export function redactToken(text: string, token: string | undefined): string {
  if (!token) return text
  return text.split(token).join('[redacted]')
}
