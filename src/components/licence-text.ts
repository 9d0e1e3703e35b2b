// The licence in plain text, for the files that carry it (plan.json, the JSON Schemas, the briefing pack's README);
// LicenceNote.astro says the same on the pages, with links. Words from the string table, facts from the plan.
import { t } from '../i18n/zh-CN';
import { DATA_LICENCE, type LicenceWords } from '../lib/licence';
import { paths } from '../lib/paths';
import type { Site } from '../lib/relations';

export interface LicenceText extends LicenceWords {
  /** The data licence, named with its address. */
  data: string;
}

/** `base` is the portal's address (Astro.site), for the link readers are asked to give. */
export function licenceText(site: Site, base: URL | string): LicenceText {
  const d = site.plan.data;
  return {
    data: t('licence.data', { licence: t('licence.namePlain', { url: DATA_LICENCE.url }) }),
    attribution: t('licence.attribution', {
      holder: t('licence.holder', { site: t('site.name') }),
      link: new URL(paths.data(), base).href,
    }),
    planText: t('licence.planText', { issuer: d.issuer.text, docNumber: d.docNumber.text }),
  };
}
