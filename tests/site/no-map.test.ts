// The site shows no map because the plan gives no location for any platform or project. Every page where a
// reader would look for one says so, once, in the same words; no explanation repeats it in its own.
import { expect, test } from 'vitest';
import { loadContent } from '../../src/lib/load-content';
import { paths } from '../../src/lib/paths';
import { builtPages, documentOf } from './dist';

const { collections } = loadContent();
const main = (url: string) => documentOf(builtPages().get(url)!).querySelector('main')!;

const NO_LOCATION = '方案未写明任何平台或项目的具体位置（地址、范围或边界），所以本站不提供地图。';
const mapPages = [
  paths.platforms(),
  paths.projects(),
  ...collections.platforms.map((p) => paths.platform(p.id)),
  ...collections.projects.map((p) => paths.project(p.id)),
];

test.each(mapPages)('%s says once, plainly, that the plan states no locations, so there is no map', (url) => {
  const text = main(url).text;
  expect(text.split(NO_LOCATION).length - 1, 'the statement, once').toBe(1);
  expect(text.split('地图').length - 1, 'no other word on maps').toBe(1);
});
