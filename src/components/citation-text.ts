// The citation texts of "cite this" and the briefing pack, from the parts lib/cite.ts gathers and the string table:
// in plain Chinese and in GB/T 7714 style. A page resting on the whole document cites it without a clause; without
// the portal's address (SITE_URL unset) the citation is of the document and its clauses only.
import { t } from '../i18n';
import type { CitationParts } from '../lib/cite';

export function citationTexts(p: CitationParts): { zh: string; gbt: string } {
  const { paragraphs: _, url, english, ...parts } = p;
  const gloss = english ? t('cite.gloss', { issuerEn: english.issuer, titleEn: english.title, dateEn: english.date }) : '';
  const values = { ...parts, ...(url && { url }), gloss, site: t('site.name'), clauses: p.clauses.join(t('list.separator')) };
  const whole = p.clauses.length === 0;
  // Without the portal's address (SITE_URL unset) the citation names the document and its clauses only.
  if (p.url === undefined)
    return { zh: t(whole ? 'cite.zhWholeNoUrl' : 'cite.zhNoUrl', values), gbt: t(whole ? 'cite.gbtWholeNoUrl' : 'cite.gbtNoUrl', values) };
  return { zh: t(whole ? 'cite.zhWhole' : 'cite.zh', values), gbt: t(whole ? 'cite.gbtWhole' : 'cite.gbt', values) };
}
