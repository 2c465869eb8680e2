import {charterVersion, meetingDate, subpageKind} from '../../importer/classify/subpageKind.ts'

describe('subpageKind', () => {
  test.each([
    ['2020-01-08-pip', 'meetingNotes'],
    ['2020-02-07-pip-explanation', 'meetingNotes'],
    ['2017-12-04-Warehouse', 'meetingNotes'],
    ['Charter', 'charter'],
    ['Charter_v2', 'charter'],
    ['BylawsAgenda', 'agenda'],
    ['PyPIBetaAnnouncement', 'announcement'],
    ['onboarding', 'subpage'],
    ['SponsorshipLevels2016', 'subpage'],
    ['2020-13-45-not-a-date', 'subpage'],
  ])('subpageKind: %s is %s', (name, kind) => {
    expect(subpageKind(name)).toBe(kind)
  })

  test.each([
    ['2020-01-08-pip', '2020-01-08'],
    ['2020-02-30-pip', undefined],
    ['2020-01-08', '2020-01-08'],
    ['20200108-pip', undefined],
  ])('meetingDate: %s → %s', (name, date) => {
    expect(meetingDate(name)).toBe(date)
  })

  test.each([
    ['Charter', 1],
    ['Charter_v2', 2],
    ['Charter_v3', 3],
    ['Python Edu Charter', 1],
    ['Charter v10', 10],
  ])('charterVersion: %s is version %d', (name, version) => {
    expect(charterVersion(name)).toBe(version)
  })
})
