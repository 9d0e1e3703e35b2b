import { expect, test } from 'vitest';
import { portalUrl } from './paths';

test('a portal address is absolute once SITE_URL is known, and absent (not a placeholder host) before', () => {
  expect(portalUrl('/projects/sams-club/', 'https://1616.example.gov.cn')).toBe('https://1616.example.gov.cn/projects/sams-club/');
  expect(portalUrl('/projects/sams-club/', undefined)).toBeUndefined();
});
