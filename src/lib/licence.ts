// The licences as facts, for the code that states them in words: the portal's compiled data and its own text
// under CC BY 4.0, its code under MIT (LICENSE at the root), and the plan's text, an official document that the
// copyright law (article 5) leaves outside copyright, so it carries no licence and keeps naming its issuer.
import type { Site } from './relations';

/** The data licence: SPDX id, short name and the deed in Chinese. */
export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
} as const;

/** The words a licence block carries for people; they come from the string table, not from here. */
export interface LicenceWords {
  /** How to credit the portal, with its address. */
  attribution: string;
  /** Why the plan's own text is under no licence, naming its issuer and 文号. */
  planText: string;
}

/** The `license` block of /data/plan.json: the data licence, and the status of the plan's text. */
export function licenceBlock(site: Site, words: LicenceWords) {
  const d = site.plan.data;
  return {
    data: { ...DATA_LICENCE, attribution: words.attribution },
    planText: { title: site.title, issuer: d.issuer.text, docNumber: d.docNumber.text, note: words.planText },
  };
}
export type LicenceBlock = ReturnType<typeof licenceBlock>;
