import {decodeMoinName} from '../../importer/links/decodeMoinName.ts'

describe('decodeMoinName', () => {
  test.each([
    ['PackagingWG(2f)2019(2d)06(2d)07(2d)Warehouse', 'PackagingWG/2019-06-07-Warehouse'],
    ['ADB(20)SwingExamples', 'ADB SwingExamples'],
    ['Caf(c3a9)', 'Café'],
    ['Board(2f2d)x', 'Board/-x'],
    ['(20)', ' '],
    ['NoEscapes', 'NoEscapes'],
    ['Bad(zz)', 'Bad(zz)'],
    ['Invalid(ff)', 'Invalid(ff)'],
  ])('decodeMoinName: %s → %s', (name, decoded) => {
    expect(decodeMoinName(name)).toBe(decoded)
  })
})
