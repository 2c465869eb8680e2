import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {writeTreeAtomic} from '../../export/tree/writeTreeAtomic.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tree-atomic-'))
})
afterEach(() => rmSync(dir, {recursive: true, force: true}))

test('writeTreeAtomic: a failure half way through leaves the old folder exactly as it was, and no temporary folder', async () => {
  const out = path.join(dir, 'wiki')
  mkdirSync(out)
  writeFileSync(path.join(out, 'old.md'), 'old')
  await expect(
    writeTreeAtomic(out, async (temp) => {
      writeFileSync(path.join(temp, 'new.md'), 'new')
      throw new Error('disk full')
    }),
  ).rejects.toThrow('disk full')
  expect(readdirSync(out)).toEqual(['old.md'])
  expect(readFileSync(path.join(out, 'old.md'), 'utf8')).toBe('old')
  expect(readdirSync(dir)).toEqual(['wiki'])
})

test('writeTreeAtomic: success replaces the folder with the new tree only', async () => {
  const out = path.join(dir, 'wiki')
  mkdirSync(out)
  writeFileSync(path.join(out, 'old.md'), 'old')
  await writeTreeAtomic(out, async (temp) => {
    writeFileSync(path.join(temp, 'new.md'), 'new')
    // Nothing of the new tree is visible while it is being written.
    expect(existsSync(path.join(out, 'new.md'))).toBe(false)
  })
  expect(readdirSync(out)).toEqual(['new.md'])
  expect(readdirSync(dir)).toEqual(['wiki'])
})
