// schema.org JSON-LD for every page: a WebPage based on the plan (as Legislation: an issued government
// document with its 文号), and, on entity pages, what the page is about (a GovernmentOrganization for a
// unit, a Project, a Place…). Only facts the plan states go in: no addresses, contacts or dates of our own.
import type { Site } from './relations';

export interface About {
  '@type': 'GovernmentOrganization' | 'Organization' | 'Project' | 'Place' | 'Thing';
  name: string;
  alternateName?: string[];
  description?: string;
}

/** The plan itself. */
export function planDocument(site: Site) {
  // The document is Chinese in every edition; the English edition adds its English title as an alternate name.
  const d = site.plan.data;
  const zh = (site.plan as { zh?: typeof d }).zh ?? d;
  return {
    '@type': 'Legislation',
    name: zh.tree.title.map((b) => b.text).join(''),
    ...(zh !== d && { alternateName: site.title }),
    legislationIdentifier: d.docNumber.text,
    legislationDate: site.issued,
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: zh.issuer.text },
    inLanguage: 'zh-CN',
  };
}

export function pageLd(
  site: Site,
  page: {
    url: string;
    home: string;
    siteName: string;
    name: string;
    description: string;
    /** The page's language (the document it rests on is Chinese either way). */
    language?: string;
    about?: About | undefined;
  },
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: page.name,
    description: page.description,
    url: page.url,
    inLanguage: page.language ?? 'zh-CN',
    isPartOf: { '@type': 'WebSite', name: page.siteName, url: page.home },
    isBasedOn: planDocument(site),
    ...(page.about && { about: Object.fromEntries(Object.entries(page.about).filter(([, v]) => !(Array.isArray(v) && v.length === 0))) }),
  };
}

/** JSON for a <script> element: `<` escaped so no text can close the element early. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
