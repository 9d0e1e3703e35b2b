// Every URL of the site is made here, so a page kind is renamed in one place.

/** The id of an explorer table's filter area (Explorer.astro), the anchor for links that should land on the filters. */
export const explorerFiltersId = (explorerId: string) => `${explorerId}-filters`;
/** The explorer of /projects/ (its id attribute). */
export const PROJECTS_EXPLORER = 'projects-explorer';

export const paths = {
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
  /** Page `n` of a paginated list at `list` (e.g. paths.projects()): page 1 is the list itself. */
  listPage: (list: string, n: number) => (n <= 1 ? list : `${list}page/${n}/`),
  /** /projects/ filtered by one of its explorer's filters (industry, platform, unit, category), as the explorer reads its URL. */
  projectsWhere: (filter: string, value: string) => `/projects/?${filter}=${encodeURIComponent(value)}`,
  projectCategory: (id: string) => `/projects/#category-${id}`,
  targets: () => '/targets/',
  /** A target's row: on /targets/, or on page `page` of it when the list paginates. */
  target: (id: string, page = 1) => `${paths.listPage(paths.targets(), page)}#${id}`,
  /** /targets/ filtered to one owner (an industry or programme id, or "plan"), as the explorer reads its URL. */
  targetsOwnedBy: (owner: string) => `/targets/?owner=${owner}`,
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
  /** Entity names with aliases and pinyin for instant suggestions, built with the site. */
  searchSuggestions: () => '/search/suggest.json',
  /** Every chart's bare page for newsroom iframes lives under this prefix. */
  embeds: () => '/embed/',
  embed: (chartId: string) => `/embed/${chartId}/`,
  chartFile: (chartId: string, ext: 'csv' | 'json' | 'svg') => `/charts/${chartId}.${ext}`,
  dataFile: (file: string) => `/data/${file}`,
  /** A dataset's readable CSV: names for references, clause labels, lists joined with “、”. */
  readableCsv: (dataset: string) => `/data/${dataset}.readable.csv`,
  /** The English option of a data file: the readable CSV and the dictionary in English (…readable.en.csv). */
  englishFile: (file: string) => file.replace(/\.csv$/, '.en.csv'),
  favicon: () => '/favicon.svg',
  sitemap: () => '/sitemap-index.xml',
  /** The built 404 page (what the host serves for an address that does not exist). */
  notFound: () => '/404',
} as const;

/**
 * The absolute address of a path on the portal, or undefined while its address (SITE_URL) is not set: a citation
 * or credit then leaves the address out rather than print a placeholder host.
 */
export function portalUrl(path: string, siteUrl: string | undefined): string | undefined {
  return siteUrl ? new URL(path, siteUrl).href : undefined;
}

/** Pages that are not content of their own (search, embeds, the 404): left out of the sitemap. */
export function outsideSitemap(pathname: string): boolean {
  const path = unlocalizedPath(pathname);
  return path === paths.search() || path.startsWith(paths.embeds()) || path.replace(/\/$/, '') === paths.notFound();
}

/**
 * Pages whose text glossary linking leaves alone: the glossary itself, the official text (its words stay exactly the
 * plan's, also when copied), search and embeds.
 */
export const UNLINKED_PREFIXES: readonly string[] = [paths.glossary(), paths.plan(), paths.search(), paths.embeds()];

/** The site's languages and where each one's pages live: Chinese at /, English under /en/ (astro.config.mjs). */
export const LOCALE_PREFIXES = { 'zh-CN': '', en: '/en' } as const;
export type SiteLocale = keyof typeof LOCALE_PREFIXES;

/** Files each language has its own copy of; every other file (data, charts, assets) is shared. */
const LOCALIZED_FILES: readonly string[] = [paths.changesFeed(), paths.searchSuggestions()];

/** Whether a site path is a page or a file the other language has its own copy of. */
function hasTwin(pathname: string): boolean {
  return pathname.endsWith('/') || LOCALIZED_FILES.includes(pathname);
}

/** The language a site path belongs to: /en/… is English. */
export function localeOfPath(path: string): SiteLocale {
  return unlocalizedPath(path) === path ? 'zh-CN' : 'en';
}

/** The path in the default language: /en/units/ → /units/. */
export function unlocalizedPath(path: string): string {
  const prefix = LOCALE_PREFIXES.en;
  return path === prefix || path.startsWith(`${prefix}/`) ? path.slice(prefix.length) || '/' : path;
}

/** The same page (or localized file) in `locale`, query and fragment kept: /units/#x → /en/units/#x. Files stay. */
export function localizedPath(path: string, locale: SiteLocale): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const bare = unlocalizedPath(path);
  // The 404 is a file at the root (/404.html, what hosts serve) and a page in English (/en/404/).
  if (bare.replace(/\/$/, '') === paths.notFound())
    return locale === 'zh-CN' ? paths.notFound() : `${LOCALE_PREFIXES.en}${paths.notFound()}/`;
  const pathname = bare.split(/[?#]/)[0]!;
  return hasTwin(pathname) ? `${LOCALE_PREFIXES[locale]}${bare}` : bare;
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
