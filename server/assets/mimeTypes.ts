/**
 * Media types by file extension, for the few kinds of file a working group attaches or an editor
 * uploads. A short table instead of a dependency: only a transitive copy of mime-types is
 * installed, and what is not listed is served as `application/octet-stream`, as a download.
 */
const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
  zip: 'application/zip',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
}

/** The media type of an extension (`pdf` → `application/pdf`); `application/octet-stream` when unknown. */
export function mimeTypeFor(extension: string): string {
  return BY_EXTENSION[extension.toLowerCase()] ?? 'application/octet-stream'
}

/** The usual extension of a media type (`image/jpeg` → `jpg`), or undefined. */
export function extensionFor(mimeType: string): string | undefined {
  const bare = mimeType.split(';')[0]!.trim().toLowerCase()
  return Object.keys(BY_EXTENSION).find((extension) => BY_EXTENSION[extension] === bare)
}
