// The pages' one way to the content: every collection from Astro, checked across collections, with the
// derived relations. Memoised, so the check runs once per build; a failure stops the build with its list.
import { getCollection } from 'astro:content';
import { ContentError, paragraphMap, readPlanText } from './content-files';
import { checkIntegrity, formatProblems } from './integrity';
import { withLines } from './load-content';
import { buildSite, type Site } from './relations';
import type { Collections } from './types';

let site: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const names = ['plan', 'industries', 'programmes', 'platforms', 'projects', 'projectCategories', 'targets', 'units', 'measures', 'glossary', 'questions', 'changes'] as const;
  const lists = await Promise.all(names.map((n) => getCollection(n)));
  const collections = Object.fromEntries(names.map((n, i) => [n, lists[i]])) as unknown as Collections;
  const problems = withLines(checkIntegrity(collections, paragraphMap(readPlanText())));
  if (problems.length) throw new ContentError(`Content integrity check failed:\n${formatProblems(problems)}`);
  return buildSite(collections);
}

export function getSite(): Promise<Site> {
  site ??= load();
  return site;
}
