// The language of the page being rendered. Astro renders each Chinese page a second time at its /en/ address
// (astro.config.mjs, i18n fallback); the middleware runs each render inside `inLocale`, so `t()` and the
// formatters deep inside charts and helpers answer in that page's language without a locale argument threaded
// through every call. Server-only: browser scripts get their words from data attributes.
import { AsyncLocalStorage } from 'node:async_hooks';

/** The site's languages; the first is the default, served at /. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = LOCALES[0];

const store = new AsyncLocalStorage<Locale>();

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** Runs `render` with `locale` as the rendering language. */
export function inLocale<T>(locale: Locale, render: () => T): T {
  return store.run(locale, render);
}

/** The language of the current render; the default outside one (tests, getStaticPaths, integrations). */
export function renderLocale(): Locale {
  return store.getStore() ?? DEFAULT_LOCALE;
}
