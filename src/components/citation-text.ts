// The citation texts of "cite this" and the briefing pack, from the parts lib/cite.ts gathers and the string table:
// in plain Chinese and in GB/T 7714 style. A page resting on the whole document cites it without a clause.
import { t } from '../i18n/zh-CN';
import type { CitationParts } from '../lib/cite';

export function citationTexts(p: CitationParts): { zh: string; gbt: string } {
  const { paragraphs: _, ...parts } = p;
  const values = { ...parts, site: t('site.name'), clauses: p.clauses.join(t('list.separator')) };
  const whole = p.clauses.length === 0;
  return { zh: t(whole ? 'cite.zhWhole' : 'cite.zh', values), gbt: t(whole ? 'cite.gbtWhole' : 'cite.gbt', values) };
}
