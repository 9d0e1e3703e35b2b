import { expect, test } from 'vitest';
import { escapeHtml } from './html';

test('escapes what could open a tag, an entity or close an attribute', () => {
  expect(escapeHtml('<script>"a" & b</script>')).toBe('&lt;script&gt;&quot;a&quot; &amp; b&lt;/script&gt;');
  expect(escapeHtml('"><img onerror=alert(1)>')).toBe('&quot;&gt;&lt;img onerror=alert(1)&gt;');
});

test('escapes & first, so an existing entity is shown as typed', () => {
  expect(escapeHtml('&lt;')).toBe('&amp;lt;');
});
