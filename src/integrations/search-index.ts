// The search index, written into dist/pagefind/ by the second step of `npm run build` (scripts/search-index.ts), once
// `astro build` has exited: Pagefind's extended build (it segments Chinese) indexes the built pages, plus one record
// per plan clause, target and glossary term so results link to the exact anchor. Not an Astro integration, because
// the Astro process still holds the memory of its build (4 GB at 10,000 projects) when its last hook runs, and
// Pagefind's own (5.4 GB there) would add to it (README, "At 10,000 projects").
import path from 'node:path';
import * as pagefind from 'pagefind';
import { formatTargetValue, formatTiming } from '../i18n/format';
import { typeLabel } from '../i18n/search';
import { inLocale, t } from '../i18n';
import { englishInput } from '../i18n/english-input';
import { localizeSite } from '../lib/localize';
import { localizedPath, withoutBase } from '../lib/paths';
import { ContentError } from '../lib/content-files';
import { loadContent } from '../lib/load-content';
import { formatProblems } from '../lib/problems';
import { buildSite } from '../lib/relations';
import { pagefindFields, searchRecords } from '../lib/search/records';

/** Pagefind's code for each language's pages (their lang attribute): custom records must share it to share the index. */
const LANGUAGE = { 'zh-CN': 'zh-cn', en: 'en' } as const;

/** One record of the index that is not a page: a plan clause, target or glossary term at its anchor. */
export type IndexRecord = pagefind.CustomRecord;

/** The records of both languages, at site paths (`base` taken off): what `writeSearchIndex` adds beside the pages. */
export function indexRecords(base: string): IndexRecord[] {
  const { collections, problems } = loadContent();
  // The build has already stopped on these; an index built from content with problems would be wrong.
  if (problems.length) throw new ContentError(`Content check failed:\n${formatProblems(problems)}`);
  const site = buildSite(collections);
  // Each language's records go to its own index, as its pages do (by <html lang>).
  const editions = [
    { locale: 'zh-CN', site },
    { locale: 'en', site: localizeSite(site, englishInput()) },
  ] as const;
  return editions.flatMap((edition) =>
    inLocale(edition.locale, () =>
      searchRecords(edition.site, {
        notice: t('search.noticeHeading'),
        planOwner: t('owner.plan'),
        value: formatTargetValue,
        timing: formatTiming,
      }).map((r) => ({
        // Pagefind keeps site paths (as of the pages it indexes from dist/) and adds the base path in the browser,
        // taken from where its script is loaded (paths.searchBundle).
        url: localizedPath(withoutBase(r.url, base), edition.locale, '/'),
        content: r.content,
        language: LANGUAGE[edition.locale],
        ...pagefindFields(r, typeLabel),
      })),
    ),
  );
}

/**
 * Indexes the built pages in `dist` (an absolute path) and `records` (`indexRecords`), and writes the index to
 * `dist`/pagefind/. Returns how many pages it indexed.
 */
export async function writeSearchIndex(dist: string, records: IndexRecord[]): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const pages = await index.addDirectory({ path: dist });
  if (pages.errors.length) throw new Error(`Pagefind: ${pages.errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length) throw new Error(`Pagefind, ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return pages.page_count;
}
