// The Chinese suggestion list, split into small files (see src/lib/search/suggest-shards.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { suggestionFiles } from './_files';

export const getStaticPaths = (() => suggestionFiles('zh-CN')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json' } });
