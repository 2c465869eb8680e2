import path from 'node:path'
import {convertPage} from './convertPage.ts'
import type {ConvertedPage, SourceFile} from '../types.ts'

/** What converting one file gave: its page, or the converter's error message. Plain data, so that a worker thread can send it. */
export type ConvertOutcome = {page: ConvertedPage; error?: undefined} | {page?: undefined; error: string}

/** Parses and converts one file; a converter that throws is an outcome, not an exception. */
export function convertFile(file: Pick<SourceFile, 'path' | 'text'>): ConvertOutcome {
  try {
    return {page: convertPage(file.text, {fallbackTitle: path.basename(file.path, '.md'), path: file.path})}
  } catch (error) {
    return {error: (error as Error).message}
  }
}
