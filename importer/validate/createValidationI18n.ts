import {createInstance} from 'i18next'
import type {LocaleSource} from 'sanity'
import {loadSanityRuntime} from './sanity/loadSanityRuntime.ts'

/**
 * Sanity's US English messages as a `LocaleSource`, built the way Sanity builds its own fallback
 * (which it does not export): the locale's static bundles in one i18next instance, HTML-escaping
 * interpolated values outside a browser. Rule messages come out word for word as the Studio's.
 */
export async function createValidationI18n(): Promise<LocaleSource> {
  const {usEnglishLocale} = await loadSanityRuntime()
  const resources: Record<string, Record<string, unknown>> = {}
  for (const bundle of usEnglishLocale.bundles ?? []) {
    if (typeof bundle.resources === 'object' && bundle.resources !== null) resources[bundle.namespace] = bundle.resources
  }
  const i18n = createInstance({
    ns: Object.keys(resources),
    defaultNS: 'studio',
    initAsync: true,
    partialBundledLanguages: true,
    fallbackLng: usEnglishLocale.id,
    lng: usEnglishLocale.id,
    supportedLngs: [usEnglishLocale.id],
    debug: false,
    load: 'currentOnly',
    resources: {[usEnglishLocale.id]: resources},
    interpolation: {escapeValue: typeof window === 'undefined' || typeof document === 'undefined'},
  })
  await i18n.init()
  await i18n.loadNamespaces(['validation'])
  return {
    currentLocale: usEnglishLocale,
    locales: [usEnglishLocale],
    loadNamespaces: i18n.loadNamespaces,
    t: i18n.t,
  } as unknown as LocaleSource
}
