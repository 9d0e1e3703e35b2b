// `t()`: the interface string for a key, in the language of the page being rendered (./locale.ts).
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
