// The site's sections, in the groups the phone menu shows; the wide-screen bar lists the same links in the same
// order. 更新记录 stays in the footer beside its Atom feed: the wide bar has no room left on one line.
import type { UiKey } from '../../i18n/zh-CN';
import { paths, unlocalizedPath } from '../../lib/paths';

export interface SectionGroup {
  label: UiKey;
  links: [UiKey, string][];
}

export const sectionGroups: SectionGroup[] = [
  {
    label: 'nav.group.plan',
    links: [
      ['nav.explainer', paths.explainer()],
      ['nav.questions', paths.questions()],
      ['nav.plan', paths.plan()],
      ['nav.glossary', paths.glossary()],
    ],
  },
  {
    label: 'nav.group.sectors',
    links: [
      ['nav.industries', paths.industries()],
      ['nav.programmes', paths.programmes()],
    ],
  },
  {
    label: 'nav.group.projects',
    links: [
      ['nav.projects', paths.projects()],
      ['nav.platforms', paths.platforms()],
    ],
  },
  {
    label: 'nav.group.accountability',
    links: [
      ['nav.targets', paths.targets()],
      ['nav.units', paths.units()],
      ['nav.measures', paths.measures()],
    ],
  },
  {
    label: 'nav.group.data',
    links: [
      ['nav.data', paths.data()],
      ['nav.about', paths.about()],
    ],
  },
];

/** aria-current for a section link: the section's own page and every page under it. */
export const currentFor = (here: string, href: string): 'page' | undefined => (unlocalizedPath(here).startsWith(href) ? 'page' : undefined);
