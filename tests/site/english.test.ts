// The English edition as built: every Chinese page has its English twin under /en/ and back; English pages say
// they are English, link only to English pages (or say, with hreflang, that a link leads to the Chinese), and show
// no Chinese except where it is marked as Chinese (lang="zh-CN": the original text, a quoted name).
import { describe, expect, test } from 'vitest';
import { localizedPath, unlocalizedPath } from '../../src/lib/paths';
import { builtPages, documentOf } from './dist';
import type { HTMLElement } from 'node-html-parser';

const pages = builtPages();
const english = [...pages.keys()].filter((url) => url.startsWith('/en/'));
const chinese = [...pages.keys()].filter((url) => !url.startsWith('/en/'));
/** A run of Chinese with a little context, for the report. */
const HAN_RUN = /.{0,30}\p{Script=Han}[\p{Script=Han}\s\d]*.{0,10}/gu;
/**
 * The document's own Chinese name, which English citations give first (title, issuer, 文号, date), as the issue
 * asks: "every English citation still names the original document".
 */
const DOCUMENT_NAME =
  /绍兴市越城区人民政府|《[^》]*》|越城区开展“1616”专项行动打造现代服务业高质量发展样板区实施方案|\p{Script=Han}+〔\d{4}〕\d+号|（越政发〔2023〕14号，2023年12月29日）|2023年12月29日|“[^”]*\p{Script=Han}[^”]*”/gu;

/** The text of `el` a reader sees, without what is marked as Chinese, scripts and styles. */
function unmarkedText(el: HTMLElement): string {
  if (el.getAttribute?.('lang') === 'zh-CN') return '';
  if (['script', 'style', 'template'].includes(el.rawTagName)) return '';
  return el.childNodes.map((n) => (n.nodeType === 3 ? n.text : unmarkedText(n as HTMLElement))).join('');
}

test('every Chinese page has its English twin, and every English page its Chinese one', () => {
  expect(english.length).toBe(chinese.length);
  // The 404 is /404.html in Chinese and /en/404/ in English (a page under /en/, for the server's English fallback).
  const page = (url: string) => (url.replace(/\/$/, '').endsWith('/404') ? url.replace(/\/?$/, '/') : url);
  const chinesePages = new Set(chinese.map(page));
  for (const url of chinese) expect(english.includes(page(localizedPath(page(url), 'en'))), url).toBe(true);
  for (const url of english) expect(chinesePages.has(unlocalizedPath(url)), url).toBe(true);
});

describe.each(english)('%s', (url) => {
  const doc = documentOf(pages.get(url)!);

  test('is marked English, with both languages as alternates and a switch to the Chinese', () => {
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('link[rel="alternate"][hreflang="zh-CN"]')?.getAttribute('href')).toMatch(
      new RegExp(`${localizedPath(url, 'zh-CN')}$`),
    );
    expect(doc.querySelector('link[rel="alternate"][hreflang="x-default"]')).not.toBeNull();
    // Embeds are a chart alone in a newsroom's iframe: no header, so no switch.
    // The 404's switch leads to the Chinese home page rather than to the Chinese 404.
    const twin = url === '/en/404/' ? '/' : localizedPath(url, 'zh-CN');
    if (!url.startsWith('/en/embed/'))
      expect(doc.querySelector('a[data-language-switch]')?.getAttribute('href')?.split(/[?#]/)[0]).toBe(twin);
  });

  test('names its own address, not its Chinese twin, as canonical, in Open Graph and in its structured data', () => {
    // Astro renders an English page from the Chinese page's file; a canonical pointing there would tell search
    // engines the English edition is a copy of the Chinese and keep it out of their results.
    const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    expect(new URL(canonical).pathname).toBe(url);
    expect(doc.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(canonical);
    const ld = doc.querySelector('script[type="application/ld+json"]');
    if (ld) {
      const data = JSON.parse(ld.text) as { url: string; isPartOf: { url: string } };
      expect(data.url).toBe(canonical);
      expect(data.isPartOf.url).toBe(new URL('/en/', canonical).href);
    }
  });

  test('links only to English pages, except links that say they lead to the Chinese', () => {
    const wrong = doc
      .querySelectorAll('a[href^="/"], form[action^="/"]')
      .filter((a) => !a.getAttribute('hreflang'))
      .map((a) => a.getAttribute('href') ?? a.getAttribute('action')!)
      .filter((href) => localizedPath(href, 'en') !== href);
    expect(wrong).toEqual([]);
  });

  test('shows no Chinese that is not marked as Chinese', () => {
    const body = doc.querySelector('body')!;
    const text = unmarkedText(body).replace(/\s+/g, ' ');
    const found = [...text.replaceAll(DOCUMENT_NAME, '').matchAll(HAN_RUN)].map((m) => m[0]);
    expect(found).toEqual([]);
  });
});
