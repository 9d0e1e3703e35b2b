// The Atom feed's words (src/lib/changes-feed.ts), from the string table.
import { renderLocale, t } from '../i18n';
import type { FeedWords } from '../lib/changes-feed';

export function feedWords(docNumber: string): FeedWords {
  return {
    language: renderLocale(),
    title: t('feed.title', { site: t('site.name'), changes: t('nav.changes') }),
    description: t('feed.description', { docNumber }),
    author: t('site.name'),
    entryTitle: (kind, title) => t('feed.entryTitle', { kind: t(`change.${kind}`), title }),
    entryText: (summary, clauses) => t('feed.entryText', { summary, clauses: clauses.join(t('list.separator')) }),
  };
}
