// The pages' one way to the content: every collection from Astro, checked across collections, with the
// derived relations. Memoised, so the check runs once per build; a failure stops the build with its list.
import { getCollection } from 'astro:content';
import { COLLECTIONS } from '../schemas/common';
import { ContentError, paragraphMap, readPlanText } from './content-files';
import { checkIntegrity, formatProblems } from './integrity';
import { withLines } from './load-content';
import { buildSite, type Site } from './relations';
import type { Collections } from './types';

let site: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const lists = await Promise.all(COLLECTIONS.map((n) => getCollection(n)));
  const collections = Object.fromEntries(COLLECTIONS.map((n, i) => [n, lists[i]])) as unknown as Collections;
  const problems = withLines(checkIntegrity(collections, paragraphMap(readPlanText())));
  if (problems.length) throw new ContentError(`Content integrity check failed:\n${formatProblems(problems)}`);
  return buildSite(collections);
}

export function getSite(): Promise<Site> {
  site ??= load();
  return site;
}
