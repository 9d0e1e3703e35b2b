import type { AstroIntegrationLogger } from 'astro';
import { expect, test } from 'vitest';
import { SITE_URL_NOTICE, siteUrlNotice } from './site-url';

/** Runs the integration's build-start hook and returns what it warned. */
function warnings(siteUrl: string | undefined): string[] {
  const said: string[] = [];
  const logger = { warn: (m: string) => said.push(m) } as unknown as AstroIntegrationLogger;
  const hook = siteUrlNotice(siteUrl).hooks['astro:build:start']!;
  void (hook as (o: { logger: AstroIntegrationLogger }) => void)({ logger });
  return said;
}

test('a build without SITE_URL says once that the address is unset', () => {
  expect(warnings(undefined)).toEqual([SITE_URL_NOTICE]);
  expect(SITE_URL_NOTICE).toMatch(/SITE_URL is not set/);
});

test('a build with SITE_URL says nothing about it', () => {
  expect(warnings('https://1616.example.gov.cn')).toEqual([]);
});
