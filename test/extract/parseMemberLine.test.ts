import {isPersonName, labelFrom, parseMemberLine, type ParsedPerson} from '../../importer/extract/parseMemberLine.ts'

type Case = [line: string, people: ParsedPerson[]]

describe('parseMemberLine', () => {
  test.each<Case>([
    ['Donald Stufft (chair)', [{name: 'Donald Stufft', role: 'chair'}]],
    ['Dustin Ingram (co-chair)', [{name: 'Dustin Ingram', role: 'co-chair'}]],
    ['Georgi Ker (Chair)', [{name: 'Georgi Ker', role: 'chair'}]],
    ['Tereza Iofciu (Co-Chair)', [{name: 'Tereza Iofciu', role: 'co-chair'}]],
    ['Jannis Leidel (non-voting PSF Board member)', [{name: 'Jannis Leidel', role: 'non-voting', note: 'PSF Board member'}]],
    ['Naomi Ceder (non-voting)', [{name: 'Naomi Ceder', role: 'non-voting'}]],
    ['Betsy Waliszewski (admin)', [{name: 'Betsy Waliszewski', note: 'admin'}]],
    ['Aaron Yankey (Africa, Ghana)', [{name: 'Aaron Yankey', note: 'Africa, Ghana'}]],
    ['Marie Nordin (PSF Staff) marie@python.org', [{name: 'Marie Nordin', note: 'PSF Staff', email: 'marie@python.org'}]],
    ['Georgi Ker (Chair) georgi@python.org', [{name: 'Georgi Ker', role: 'chair', email: 'georgi@python.org'}]],
    ['Ewa Jodlowska < ewa@python.org >', [{name: 'Ewa Jodlowska', email: 'ewa@python.org'}]],
    ['Ryan Birmingham co-chair', [{name: 'Ryan Birmingham', role: 'co-chair'}]],
    ['Chair: Laura Graves (US - non-voting)', [{name: 'Laura Graves', role: 'chair', note: 'US - non-voting'}]],
    ['Chair: Marie Nordin (North America, non-voting)', [{name: 'Marie Nordin', role: 'chair', note: 'North America, non-voting'}]],
    [
      'Vice Chairs: Kushal Das (Asia, India) and Vicky Twomey-Lee (Europe, Ireland)',
      [
        {name: 'Kushal Das', role: 'vice-chair', note: 'Asia, India'},
        {name: 'Vicky Twomey-Lee', role: 'vice-chair', note: 'Europe, Ireland'},
      ],
    ],
    [
      'Co-chairs: Lorena Mesa, Marlene Mhangami, Naomi Ceder',
      [
        {name: 'Lorena Mesa', role: 'co-chair'},
        {name: 'Marlene Mhangami', role: 'co-chair'},
        {name: 'Naomi Ceder', role: 'co-chair'},
      ],
    ],
    ['Chairs: Tania Allard and Jessica Greene', [{name: 'Tania Allard', role: 'chair'}, {name: 'Jessica Greene', role: 'chair'}]],
    ['Chairs: Eric Holscher & Jacqueline Kazil', [{name: 'Eric Holscher', role: 'chair'}, {name: 'Jacqueline Kazil', role: 'chair'}]],
    ['Chair: Van Lindberg', [{name: 'Van Lindberg', role: 'chair'}]],
    ['Chair: VanLindberg', [{name: 'Van Lindberg', role: 'chair', wikiUsername: 'VanLindberg'}]],
    ['Vice-Chair: David Mertz', [{name: 'David Mertz', role: 'vice-chair'}]],
    ['Admin: Betsy Waliszewski', [{name: 'Betsy Waliszewski', note: 'admin'}]],
    ['Juliana (Jules) Barros Lima', [{name: 'Juliana (Jules) Barros Lima'}]],
    ['Stéphane Wirtel', [{name: 'Stéphane Wirtel'}]],
    ['Łukasz Langa', [{name: 'Łukasz Langa'}]],
    ['Alexandre Fioravante de Siqueira', [{name: 'Alexandre Fioravante de Siqueira'}]],
    ['Nathaniel J. Smith', [{name: 'Nathaniel J. Smith'}]],
    ['MarcAndre Lemburg', [{name: 'MarcAndre Lemburg'}]],
    ['Cheuk Ting Ho (UK / Asia)', [{name: 'Cheuk Ting Ho', note: 'UK / Asia'}]],
  ])('parseMemberLine: reads "%s"', (line, people) => {
    expect(parseMemberLine(line).people).toEqual(people)
  })

  test.each([
    ['TBD (chair)', 'TBD (chair)'],
    ['TBD (co-chair)', 'TBD (co-chair)'],
    ['Chair: ??', '??'],
    ['Chair: TBC', 'TBC'],
    ['Chair - TBD', 'TBD'],
    ['Vice Chairs: TBD', 'TBD'],
    ['(others will be added as they accept their invitation to the WG)', '(others will be added as they accept their invitation to the WG)'],
  ])('parseMemberLine: "%s" is a placeholder, not a person', (line, placeholder) => {
    const parsed = parseMemberLine(line)
    expect(parsed.people).toEqual([])
    expect(parsed.placeholders).toEqual([placeholder])
  })

  test.each([
    ['PSF Meta WG Charter'],
    ['Mailing List'],
    ['Diversity and Inclusion Work Group Charter'],
    ['diversity-inclusion-wg@python.org'],
    ['No financial resources needed'],
    ['Please refer to ScientificWG'],
  ])('parseMemberLine: "%s" names no one', (line) => {
    expect(parseMemberLine(line).people).toEqual([])
  })

  test.each([
    ['Participants:', {}],
    ['Members:', {}],
    ['Past members:', {former: true}],
    ['Former Participants:', {former: true}],
    ['Former Members:', {former: true}],
    ['Non-voting members', {role: 'non-voting'}],
    ['Moderators:', {role: 'chair', note: 'moderator'}],
    ['Moderator(s):', {role: 'chair', note: 'moderator'}],
    ['Chair:', {role: 'chair'}],
    ['Co-Chair:', {role: 'co-chair'}],
    ['Vice Chair:', {role: 'vice-chair'}],
    ['Admins:', {note: 'admin'}],
    ['Appointed Board Director:', {note: 'Appointed Board Director'}],
  ])('parseMemberLine: "%s" opens a list', (line, label) => {
    const parsed = parseMemberLine(line)
    expect(parsed.people).toEqual([])
    expect(parsed.openLabel).toEqual(label)
  })

  test('parseMemberLine: "Chair: TBD Participants:" is a placeholder, then an open list', () => {
    expect(parseMemberLine('Chair: TBD Participants:')).toEqual({people: [], placeholders: ['TBD'], openLabel: {}})
  })

  test.each([
    ['Appointed Board Director', {note: 'Appointed Board Director'}],
    ['Past members', {former: true}],
  ])('labelFrom: "%s"', (words, label) => {
    expect(labelFrom(words)).toEqual(label)
  })

  test.each([
    ['Van Lindberg', true],
    ['Kurt B. Kaiser', true],
    ['the PSF IT Manager', false],
    ['Mailing list', false],
    ['Scientific WG', false],
    ['https://example.org', false],
  ])('isPersonName: "%s" → %s', (name, expected) => {
    expect(isPersonName(name)).toBe(expected)
  })
})
