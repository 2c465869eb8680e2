import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {ImportedDocument} from '../../../importer/types.ts'

/**
 * Hand-made documents in the importer's shape for the push tests: `count` legacy pages in a ring,
 * each linking to the next (so every transaction references documents written in another), with
 * `bodyBlocks` paragraphs each, and the first two attaching the same file plus one of their own.
 */
export function sampleDocuments(options: {count: number; bodyBlocks?: number; attachmentsDir?: string; prefix?: string}): ImportedDocument[] {
  const {count, bodyBlocks = 3, attachmentsDir, prefix = 'wiki-page'} = options
  const id = (index: number) => `${prefix}-${index % count}`
  const files: string[] = []
  if (attachmentsDir) {
    mkdirSync(attachmentsDir, {recursive: true})
    for (const name of ['shared.pdf', 'first.pdf', 'second.txt']) {
      const file = path.join(attachmentsDir, name)
      writeFileSync(file, `contents of ${name}\n`.repeat(50))
      files.push(file)
    }
  }
  return Array.from({length: count}, (_, index) => {
    const body: unknown[] = Array.from({length: bodyBlocks}, (_, block) => ({
      _type: 'block',
      _key: `b${block}`,
      style: 'normal',
      markDefs: block === 0 ? [{_type: 'internalLink', _key: 'l0', reference: {_type: 'reference', _ref: id(index + 1)}}] : [],
      children: [{_type: 'span', _key: `b${block}s0`, text: `Page ${index}, paragraph ${block}: ${'lorem ipsum '.repeat(8)}`, marks: block === 0 ? ['l0'] : []}],
    }))
    if (attachmentsDir && index < 2) {
      const own = files[index + 1]!
      body.push({_type: 'attachment', _key: 'att', title: path.basename(own), sourcePath: path.basename(own), _sanityAsset: `file@${pathToFileURL(own).href}`})
      body.push({
        _type: 'block',
        _key: 'shared',
        style: 'normal',
        markDefs: [{_type: 'attachmentLink', _key: 'a0', sourcePath: 'shared.pdf', file: {_type: 'file', _sanityAsset: `file@${pathToFileURL(files[0]!).href}`}}],
        children: [{_type: 'span', _key: 'shared-s', text: 'the shared file', marks: ['a0']}],
      })
    }
    return {
      _id: id(index),
      _type: 'legacyPage',
      title: `Page ${index}`,
      slug: {_type: 'slug', current: `page-${index}`},
      kind: 'legacy',
      body,
      provenance: {_type: 'provenance', sourcePath: `psf/working-groups/Page${index}.md`},
    } as ImportedDocument
  })
}
