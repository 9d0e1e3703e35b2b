// The licence in plain text, for the files that carry it (plan.json, the JSON Schemas, the briefing pack's README);
// LicenceNote.astro says the same on the pages, with links. Words from the string table, facts from the plan.
import { renderLocale, t } from '../i18n';
import { DATA_LICENCE, type LicenceWords } from '../lib/licence';
import { localizedPath, paths } from '../lib/paths';
import type { Site } from '../lib/relations';

export interface LicenceText extends LicenceWords {
  /** The data licence, named with its address. */
  data: string;
}

/**
 * `base` is the portal's address (SITE_URL), for the link readers are asked to give; while it is unset the credit
 * names the page to link to instead of printing a placeholder host.
 */
export function licenceText(site: Site, base: URL | string | undefined): LicenceText {
  const d = site.plan.data;
  const holder = t('licence.holder', { site: t('site.name') });
  return {
    data: t('licence.data', { licence: t('licence.namePlain', { url: DATA_LICENCE.url }) }),
    attribution: base
      ? t('licence.attribution', { holder, link: new URL(localizedPath(paths.data(), renderLocale()), base).href })
      : t('licence.attributionNoAddress', { holder, page: t('licence.dataPage') }),
    planText: t('licence.planText', { issuer: d.issuer.text, docNumber: d.docNumber.text }),
  };
}
