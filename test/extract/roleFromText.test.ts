import {roleFromText} from '../../importer/extract/roleFromText.ts'

describe('roleFromText', () => {
  test.each([
    ['chair', {role: 'chair', rest: ''}],
    ['Co-Chair', {role: 'co-chair', rest: ''}],
    ['co chair', {role: 'co-chair', rest: ''}],
    ['Vice Chairs', {role: 'vice-chair', rest: ''}],
    ['non-voting PSF Board member', {role: 'non-voting', rest: 'PSF Board member'}],
    ['US - non-voting', {role: 'non-voting', rest: 'US'}],
    ['Moderators', {role: 'chair', rest: 'moderator'}],
    ['secretary', {role: 'secretary', rest: ''}],
    ['ex officio', {role: 'ex-officio', rest: ''}],
    ['observer', {role: 'observer', rest: ''}],
    ['Africa, Ghana', undefined],
    ['admin', undefined],
  ])('roleFromText: "%s"', (text, expected) => {
    expect(roleFromText(text)).toEqual(expected)
  })
})
