// The Atom feed of content changes (/changes.atom), from the changes collection. Dates are the entries' own,
// so the feed changes only when the content does, never merely because the site was rebuilt.
import { Feed } from 'feed';
import { t } from '../i18n/zh-CN';
import { paths } from './paths';
import type { Site } from './relations';

export function atomFeed(site: Site, origin: string | URL): string {
  const at = (path: string) => new URL(path, origin).href;
  const changes = [...site.changes].reverse();
  const newest = changes[0];
  const feed = new Feed({
    title: `${t('site.name')}：${t('nav.changes')}`,
    description: `依据${site.plan.data.docNumber.text}整理的内容有新增、更正或更新时，按日期记录在这里。`,
    id: at(paths.changes()),
    link: at(paths.changes()),
    language: 'zh-CN',
    updated: newest ? new Date(`${newest.data.date}T00:00:00Z`) : new Date(0),
    feedLinks: { atom: at(paths.changesFeed()) },
    author: { name: t('site.name'), link: at(paths.home()) },
    copyright: '',
  });
  for (const c of changes) {
    const clauses = c.data.sources.map(site.label).join('、');
    feed.addItem({
      title: `${t(`change.${c.data.kind}`)}：${c.data.title}`,
      id: at(`${paths.changes()}#${c.id}`),
      link: at(`${paths.changes()}#${c.id}`),
      date: new Date(`${c.data.date}T00:00:00Z`),
      description: `${c.data.summary}（依据原文：${clauses}）`,
    });
  }
  return feed.atom1();
}
