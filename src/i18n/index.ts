// `t()`: the interface string for a key, in the language of the page being rendered (./locale.ts).
import { localizedPath } from '../lib/paths';
import { fill, type TemplateValues } from '../lib/template';
import { en } from './en';
import { renderLocale, type Locale } from './locale';
import { zhCN, type UiKey } from './zh-CN';

export type { UiKey } from './zh-CN';
export { DEFAULT_LOCALE, LOCALES, inLocale, isLocale, renderLocale, type Locale } from './locale';

const TABLES: Record<Locale, Record<UiKey, string>> = { 'zh-CN': zhCN, en };

/**
 * The string for `key`, with its `{name}` placeholders filled from `values`. Without values the template comes back
 * as it is, for scripts that fill it in the browser.
 */
export function t(key: UiKey, values?: TemplateValues): string {
  const template = TABLES[renderLocale()][key];
  return values ? fill(template, values) : template;
}

/**
 * A path of the site in the language of the page being rendered: /plan/ → /en/plan/ in an English page. Pages pass
 * their Astro.url.pathname, which for an English page is its Chinese twin's (Astro renders it from the Chinese
 * page's file: fallback with rewrite), so canonical tags, structured data, citations and correction reports name
 * the page's own address.
 */
export function ownPath(path: string): string {
  return localizedPath(path, renderLocale());
}
