/**
 * MoinMoin 1.9's smiley markup and the theme image each one showed (`config.smileys`): the
 * table decides whether an image is an icon the author typed as text. The corpus uses most of
 * them (`grep -rhoE '!\[[^]]*\]\([^)]*\)' psf python`); the rest are there for completeness.
 */
export const MOIN_SMILEYS: ReadonlyMap<string, string> = new Map([
  ['X-(', 'angry.png'],
  [':D', 'biggrin.png'],
  ['<:(', 'frown.png'],
  [':o', 'redface.png'],
  [':(', 'sad.png'],
  [':-(', 'sad.png'],
  [':)', 'smile.png'],
  [':-)', 'smile.png'],
  ['B)', 'smile2.png'],
  ['B-)', 'smile2.png'],
  [':))', 'smile3.png'],
  [':-))', 'smile3.png'],
  [';)', 'smile4.png'],
  [';-)', 'smile4.png'],
  ['/!\\', 'alert.png'],
  ['<!>', 'attention.png'],
  ['(!)', 'idea.png'],
  [':-?', 'tongue.png'],
  [':\\', 'ohwell.png'],
  ['>:>', 'devil.png'],
  ['|)', 'tired.png'],
  ['|-)', 'tired.png'],
  ['(./)', 'checkmark.png'],
  ['{OK}', 'thumbs-up.png'],
  ['{X}', 'icon-error.png'],
  ['{i}', 'icon-info.png'],
  ['{1}', 'prio1.png'],
  ['{2}', 'prio2.png'],
  ['{3}', 'prio3.png'],
  ['{*}', 'star_on.png'],
  ['{o}', 'star_off.png'],
])
