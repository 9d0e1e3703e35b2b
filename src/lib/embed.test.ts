import { expect, test } from 'vitest';
import { EMBED_MESSAGE, embedHeight, embedSnippet, HOST_SCRIPT, isEmbedHeightMessage } from './embed';

test('the snippet is an iframe at the chart’s height, with a title, followed by the host script', () => {
  const s = embedSnippet({ src: 'https://1616.example.gov.cn/embed/project-counts/', title: '“1616” & <项目>', height: 465 });
  expect(s).toMatch(/^<iframe src="https:\/\/1616\.example\.gov\.cn\/embed\/project-counts\/" title="“1616” &amp; &lt;项目>"/);
  expect(s).toContain('height="465"');
  expect(s.endsWith(HOST_SCRIPT)).toBe(true);
  expect(HOST_SCRIPT).toContain(EMBED_MESSAGE);
});

test('the first height is the chart drawn at the figure’s width plus the lines around it', () => {
  expect(embedHeight('<svg viewBox="0 0 340 165">')).toBe(165 + 300);
  expect(embedHeight('<svg viewBox="0 0 1344 600">')).toBe(300 + 300);
});

test('only the embed’s own message shape is accepted', () => {
  expect(isEmbedHeightMessage({ type: EMBED_MESSAGE, chart: 'x', height: 400 })).toBe(true);
  expect(isEmbedHeightMessage({ type: 'other', height: 400 })).toBe(false);
  expect(isEmbedHeightMessage('400')).toBe(false);
});
