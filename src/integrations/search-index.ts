// After `astro build`: index the built pages with Pagefind's extended build (it segments Chinese), plus
// one record per plan clause, target and glossary term so results link to the exact anchor.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { formatTargetValue, formatTiming } from '../i18n/format';
import { typeLabel } from '../i18n/search';
import { t } from '../i18n';
import { ContentError } from '../lib/content-files';
import { loadContent } from '../lib/load-content';
import { formatProblems } from '../lib/problems';
import { buildSite } from '../lib/relations';
import { pagefindFields, searchRecords } from '../lib/search/records';

/** Pagefind's code for the pages' lang="zh-CN": custom records must share it to share the index. */
const LANGUAGE = 'zh-cn';

export function searchIndex(): AstroIntegration {
  return {
    name: 'portal-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const pages = await index.addDirectory({ path: dist });
        if (pages.errors.length) throw new Error(`Pagefind: ${pages.errors.join('; ')}`);
        const { collections, problems } = loadContent();
        // The build has already stopped on these; an index built from content with problems would be wrong.
        if (problems.length) throw new ContentError(`Content check failed:\n${formatProblems(problems)}`);
        const records = searchRecords(buildSite(collections), {
          notice: t('search.noticeHeading'),
          planOwner: t('owner.plan'),
          value: formatTargetValue,
          timing: formatTiming,
        });
        for (const r of records) {
          const added = await index.addCustomRecord({
            url: r.url,
            content: r.content,
            language: LANGUAGE,
            ...pagefindFields(r, typeLabel),
          });
          if (added.errors.length) throw new Error(`Pagefind, ${r.url}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${pages.page_count} pages and ${records.length} clauses, targets and terms`);
      },
    },
  };
}
