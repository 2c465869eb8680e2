/**
 * The one error class of the HTTP domain. `body` is what the client receives as JSON, shaped like
 * the hosted Sanity API's errors so that @sanity/client turns it into the same `ClientError`.
 */
export class HttpError extends Error {
  /** HTTP status code of the response. */
  statusCode: number
  /** The JSON body sent to the client. */
  body: Record<string, unknown>

  constructor(statusCode: number, message: string, body?: Record<string, unknown>) {
    super(message)
    this.name = 'HttpError'
    this.statusCode = statusCode
    this.body = body ?? {statusCode, error: STATUS_TEXT[statusCode] ?? 'Error', message}
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

/** `{error: 'Not Found', message, statusCode: 404}`, the hosted API's shape for unknown things. */
export function notFound(message: string): HttpError {
  return new HttpError(404, message)
}

/** A 400 with the hosted API's shape for a request it cannot use. */
export function badRequest(message: string): HttpError {
  return new HttpError(400, message)
}
