// The Atom feed of content changes (/changes.atom), from the changes collection. Dates are the entries' own,
// so the feed changes only when the content does, never merely because the site was rebuilt.
import { Feed } from 'feed';
import { escapeHtml } from './html';
import { paths } from './paths';
import type { Site } from './relations';

/** The feed's words, from the string table of the language the feed is in. */
export interface FeedWords {
  language: string;
  title: string;
  description: string;
  author: string;
  /** An entry's title: its kind (新增, 更正 …) and title. */
  entryTitle: (kind: Site['changes'][number]['data']['kind'], title: string) => string;
  /** An entry's text: its summary and the clauses it rests on. */
  entryText: (summary: string, clauses: string[]) => string;
}

/** `page` maps a site path to the feed's language edition (/changes/ → /en/changes/); the Chinese keeps it. */
export function atomFeed(site: Site, origin: string | URL, words: FeedWords, page: (path: string) => string = (p) => p): string {
  const at = (path: string) => new URL(page(path), origin).href;
  const changes = [...site.changes].reverse();
  const newest = changes[0];
  const feed = new Feed({
    title: words.title,
    description: words.description,
    id: at(paths.changes()),
    link: at(paths.changes()),
    language: words.language,
    updated: newest ? new Date(`${newest.data.date}T00:00:00Z`) : new Date(0),
    feedLinks: { atom: at(paths.changesFeed()) },
    author: { name: words.author, link: at(paths.home()) },
    copyright: '',
  });
  for (const c of changes) {
    // `feed` marks an entry's title and summary type="html", so a reader renders them as markup: the content's
    // text goes in escaped, and "<script>" in a title shows as those characters.
    feed.addItem({
      title: escapeHtml(words.entryTitle(c.data.kind, c.data.title)),
      id: at(`${paths.changes()}#${c.id}`),
      link: at(`${paths.changes()}#${c.id}`),
      date: new Date(`${c.data.date}T00:00:00Z`),
      description: escapeHtml(words.entryText(c.data.summary, c.data.sources.map(site.label))),
    });
  }
  return feed.atom1();
}
