// Citations that name the original document first: issuer, title, 文号 and date, then the clause,
// then this portal's page and the version date, in plain Chinese and in GB/T 7714 style.
import { t } from '../i18n/zh-CN';
import { isoDateFromChinese } from './format';
import type { Site } from './relations';

export interface CitationInput {
  /** What is cited on the portal: a page title or a paragraph label. */
  subject: string;
  /** The plan paragraphs it rests on. */
  paragraphs: readonly string[];
  /** Absolute URL of the page or paragraph on the portal. */
  url: string;
  /** The date of this version of the portal, YYYY-MM-DD. */
  version: string;
}

export function citations(site: Site, c: CitationInput): { zh: string; gbt: string } {
  const d = site.plan.data;
  const clauses = c.paragraphs.map(site.label).join('、');
  // A page resting on the whole document (a list of every unit) cites the document without a clause.
  const zh = `${d.issuer.text}《${site.title}》（${d.docNumber.text}，${d.date.text}）${clauses ? `，${clauses}` : ''}。转引自：${t('site.name')}“${c.subject}”，${c.url}，${c.version}版。`;
  const gbt = `${d.issuer.text}. ${site.title}: ${d.docNumber.text}[Z]. ${isoDateFromChinese(d.date.text)}${clauses ? `: ${clauses}` : ''}. ${t('site.name')}: ${c.subject}[EB/OL]. (${c.version})[${c.version}]. ${c.url}.`;
  return { zh, gbt };
}

/** The version date of this build. */
export const BUILD_DATE = new Date().toISOString().slice(0, 10);
