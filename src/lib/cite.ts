// What a citation of the portal names, document first: issuer, title, 文号 and date, then the clauses, then this
// portal's page and the version date. The words around them are the interface's (src/components/citation-text.ts).
import type { Site } from './relations';

export interface CitationInput {
  /** What is cited on the portal: a page title or a paragraph label. */
  subject: string;
  /** The plan paragraphs it rests on. */
  paragraphs: readonly string[];
  /**
   * Absolute URL of the page or paragraph on the portal; undefined while the portal's address (SITE_URL) is not set,
   * and the citation then names the document and its clauses only, never a placeholder host.
   */
  url: string | undefined;
  /** The date of this version of the portal, YYYY-MM-DD. */
  version: string;
}

export interface CitationParts extends CitationInput {
  issuer: string;
  title: string;
  docNumber: string;
  /** The plan's date as printed (2023年12月29日) and as ISO (2023-12-29). */
  date: string;
  isoDate: string;
  /** Clause labels, in order; none when a page rests on the whole document. */
  clauses: string[];
  /** On the English edition: the issuer, title and date in English, which follow the Chinese original. */
  english?: { issuer: string; title: string; date: string } | undefined;
}

export function citationParts(site: Site, c: CitationInput): CitationParts {
  // The English edition's plan entry carries its Chinese as `zh` (localize.ts): the original is always named first.
  const d = site.plan.data;
  const zh = (site.plan as { zh?: typeof d }).zh ?? d;
  return {
    ...c,
    issuer: zh.issuer.text,
    title: zh.tree.title.map((b) => b.text).join(''),
    docNumber: zh.docNumber.text,
    date: zh.date.text,
    isoDate: site.issued,
    clauses: c.paragraphs.map(site.label),
    english: zh === d ? undefined : { issuer: d.issuer.text, title: site.title, date: d.date.text },
  };
}

/** The version date of this build. */
export const BUILD_DATE = new Date().toISOString().slice(0, 10);
