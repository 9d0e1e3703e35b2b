// Every URL of the site is made here, so a page kind is renamed in one place, and every one carries the site's base
// path (BASE_PATH, src/lib/base.ts): `paths.plan()` is /plan/, or /portal/plan/ on a site built for /portal/.
import { BASE } from './base';

/** The id of an explorer table's filter area (Explorer.astro), the anchor for links that should land on the filters. */
export const explorerFiltersId = (explorerId: string) => `${explorerId}-filters`;
/** The explorer of /projects/ (its id attribute). */
export const PROJECTS_EXPLORER = 'projects-explorer';

const SUGGESTIONS = '/search/suggest/';

/** Page `n` of a paginated list at `list` (e.g. paths.projects()): page 1 is the list itself. */
const listPage = (list: string, n: number) => (n <= 1 ? list : `${list}page/${n}/`);

/** Site paths, from the site's root; `paths` below is the same with the base path in front. */
/** The English option of a file beside its Chinese one: x.csv → x.en.csv, x.dictionary.csv → x.dictionary.en.csv. */
const englishFile = (file: string) => file.replace(/\.(\w+)$/, '.en.$1');

export const sitePaths = {
  home: () => '/',
  plan: () => '/plan/',
  paragraph: (id: string) => `/plan/#${id}`,
  industries: () => '/industries/',
  industry: (id: string) => `/industries/${id}/`,
  compare: () => '/compare/',
  programmes: () => '/programmes/',
  programme: (id: string) => `/programmes/${id}/`,
  platforms: () => '/platforms/',
  platform: (id: string) => `/platforms/${id}/`,
  projects: () => '/projects/',
  project: (id: string) => `/projects/${id}/`,
  /** /projects/ at its filters: the explorer's filter area. */
  projectFilters: () => `/projects/#${explorerFiltersId(PROJECTS_EXPLORER)}`,
  /** /projects/ filtered by one of its explorer's filters (industry, platform, unit, category), as the explorer reads its URL. */
  projectsWhere: (filter: string, value: string) => `/projects/?${filter}=${encodeURIComponent(value)}`,
  projectCategory: (id: string) => `/projects/#category-${id}`,
  targets: () => '/targets/',
  /** A target's row: on /targets/, or on page `page` of it when the list paginates. */
  target: (id: string, page = 1) => `${listPage('/targets/', page)}#${id}`,
  /** /targets/ filtered to one owner (an industry or programme id, or "plan"), as the explorer reads its URL. */
  targetsOwnedBy: (owner: string) => `/targets/?owner=${owner}`,
  /** /targets/ filtered to one kind of figure (amount, share, count), as the explorer reads its URL. */
  targetsOfKind: (kind: string) => `/targets/?kind=${kind}`,
  /** /targets/ filtered to the targets the plan sets for every year. */
  yearlyTargets: () => '/targets/?timing=yearly',
  units: () => '/units/',
  /** Outside the site: the district government's portal, which lists its departments (background on unit pages). */
  districtPortal: () => 'https://www.sxyc.gov.cn/',
  unit: (id: string) => `/units/${id}/`,
  measures: () => '/measures/',
  measure: (id: string) => `/measures/#${id}`,
  glossary: () => '/glossary/',
  term: (id: string) => `/glossary/#${id}`,
  about: () => '/about/',
  data: () => '/data/',
  explainer: () => '/explainer/',
  questions: () => '/questions/',
  question: (id: string) => `/questions/#${id}`,
  changes: () => '/changes/',
  changesFeed: () => '/changes.atom',
  search: (q?: string) => (q === undefined ? '/search/' : `/search/?q=${encodeURIComponent(q)}`),
  /** The files of the suggestion list, built with the site in each language (src/lib/search/suggest-shards.ts). */
  searchSuggestionFiles: () => SUGGESTIONS,
  /** One of them: `index`, `one-3`, `keys-12`, … */
  searchSuggestions: (file: string) => `${SUGGESTIONS}${file}.json`,
  /** Every chart's bare page for newsroom iframes lives under this prefix. */
  embeds: () => '/embed/',
  embed: (chartId: string) => `/embed/${chartId}/`,
  /** The list of every chart with its downloads and embed code; page 2, 3 … at scale. */
  charts: () => '/charts/',
  /** A chart's entry in that list, on page `page` (site-charts' chartListPage). */
  chartEntry: (chartId: string, page = 1) => `${listPage('/charts/', page)}#chart-${chartId}`,
  /** A chart's download, in the language of the page that links it: /charts/<id>.csv, /charts/<id>.en.csv. */
  chartFile: (chartId: string, ext: 'csv' | 'json' | 'svg', locale: SiteLocale = 'zh-CN') =>
    locale === 'en' ? englishFile(`/charts/${chartId}.${ext}`) : `/charts/${chartId}.${ext}`,
  dataFile: (file: string) => `/data/${file}`,
  /** A dataset's readable CSV: names for references, clause labels, lists joined with “、”. */
  readableCsv: (dataset: string) => `/data/${dataset}.readable.csv`,
  favicon: () => '/favicon.svg',
  sitemap: () => '/sitemap-index.xml',
  /** The built 404 page (what the host serves for an address that does not exist). */
  notFound: () => '/404',
  /** A page named by its site path in content (changes.yaml `pages`). */
  page: (sitePath: string) => sitePath,
  /** Pagefind's script, written by the search index (src/integrations/search-index.ts); its index lies beside it. */
  searchBundle: () => '/pagefind/pagefind.js',
} as const;

/**
 * A site path at the base path: /plan/ → /portal/plan/ when the base is /portal/. Anything that is not a site path
 * (a full address, a fragment, a file name) stays as it is.
 */
export function withBase(path: string, base = BASE): string {
  return base === '/' || !path.startsWith('/') || path.startsWith('//') ? path : base + path.slice(1);
}

/** The site path of an address under the base path: /portal/plan/ → /plan/. Anything outside it stays as it is. */
export function withoutBase(path: string, base = BASE): string {
  if (base === '/') return path;
  if (path.startsWith(base)) return path.slice(base.length - 1);
  return path === base.slice(0, -1) ? '/' : path;
}

/** BASE_PATH as Astro's `base` wants it: `portal`, `/portal` and `/portal/` are all /portal/; unset or empty is /. */
export function basePath(value: string | undefined): string {
  const inner = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

type PathFns = Record<string, (...args: never[]) => string>;
const based = <T extends PathFns>(fns: T): T =>
  Object.fromEntries(Object.entries(fns).map(([name, fn]) => [name, (...args: never[]) => withBase(fn(...args))])) as T;

export const paths = {
  ...based(sitePaths),
  /** Page `n` of a paginated list at `list` (a path that carries the base already, e.g. paths.projects()). */
  listPage,
  /** The English option of a data file: the readable CSV and the dictionary in English (…readable.en.csv). */
  englishFile,
};

/**
 * The absolute address of a path on the portal, or undefined while its address (SITE_URL) is not set: a citation
 * or credit then leaves the address out rather than print a placeholder host.
 */
export function portalUrl(path: string, siteUrl: string | undefined): string | undefined {
  return siteUrl ? new URL(path, siteUrl).href : undefined;
}

/** Pages that are not content of their own (search, embeds, the 404): left out of the sitemap. */
export function outsideSitemap(pathname: string, base = BASE): boolean {
  const path = withoutBase(unlocalizedPath(pathname, base), base);
  return path === sitePaths.search() || path.startsWith(sitePaths.embeds()) || path.replace(/\/$/, '') === sitePaths.notFound();
}

/**
 * Pages whose text glossary linking leaves alone: the glossary itself, the official text (its words stay exactly the
 * plan's, also when copied), search and embeds.
 */
export const UNLINKED_PREFIXES: readonly string[] = [paths.glossary(), paths.plan(), paths.search(), paths.embeds()];

/** The site's languages and where each one's pages live: Chinese at /, English under /en/ (astro.config.mjs). */
export const LOCALE_PREFIXES = { 'zh-CN': '', en: '/en' } as const;
export type SiteLocale = keyof typeof LOCALE_PREFIXES;

/** Files (and folders of files) each language has its own copy of; every other file (data, charts, assets) is shared. */
const LOCALIZED_FILES: readonly string[] = [sitePaths.changesFeed()];
const LOCALIZED_FOLDERS: readonly string[] = [sitePaths.searchSuggestionFiles()];

/** Whether a site path is a page or a file the other language has its own copy of. */
function hasTwin(pathname: string): boolean {
  return pathname.endsWith('/') || LOCALIZED_FILES.includes(pathname) || LOCALIZED_FOLDERS.some((f) => pathname.startsWith(f));
}

/** `change` applied to the site path of an address under the base, the base kept; any other address stays. */
function atSitePath(path: string, base: string, change: (sitePath: string) => string): string {
  const sitePath = withoutBase(path, base);
  return base !== '/' && sitePath === path ? path : withBase(change(sitePath), base);
}

/** The language a path belongs to: /en/… (at the base path) is English. */
export function localeOfPath(path: string, base = BASE): SiteLocale {
  return unlocalizedPath(path, base) === path ? 'zh-CN' : 'en';
}

/** The path in the default language: /en/units/ → /units/ (/portal/en/units/ → /portal/units/). */
export function unlocalizedPath(path: string, base = BASE): string {
  const prefix = LOCALE_PREFIXES.en;
  return atSitePath(path, base, (p) => (p === prefix || p.startsWith(`${prefix}/`) ? p.slice(prefix.length) || '/' : p));
}

/** The same page (or localized file) in `locale`, query and fragment kept: /units/#x → /en/units/#x. Files stay. */
export function localizedPath(path: string, locale: SiteLocale, base = BASE): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return atSitePath(path, base, (p) => {
    const bare = unlocalizedPath(p, '/');
    // The 404 is a file at the root (/404.html, what hosts serve) and a page in English (/en/404/).
    if (bare.replace(/\/$/, '') === sitePaths.notFound())
      return locale === 'zh-CN' ? sitePaths.notFound() : `${LOCALE_PREFIXES.en}${sitePaths.notFound()}/`;
    const pathname = bare.split(/[?#]/)[0]!;
    return hasTwin(pathname) ? `${LOCALE_PREFIXES[locale]}${bare}` : bare;
  });
}

/**
 * An English page's links, to English pages: every root-relative href of an <a>, <link> and <area> and the action of a
 * <form>, except links marked with hreflang, which say they lead to the other language on purpose (the language
 * switch, "the Chinese original"). Nothing else in the page is touched.
 */
export function localizeLinks(html: string, locale: SiteLocale): string {
  if (locale === 'zh-CN') return html;
  return html.replace(/<(a|link|area|form)\b[^>]*>/g, (tag) =>
    /\shreflang=/.test(tag)
      ? tag
      : tag.replace(/(\s(?:href|action)=")(\/[^"]*)"/, (_, attr: string, path: string) => `${attr}${localizedPath(path, locale)}"`),
  );
}
