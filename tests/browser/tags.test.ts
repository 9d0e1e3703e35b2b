// Tags as readers tell them apart: a tag that is a link (a unit's name in a 责任单位 list) looks like the links
// around it and shows where the keyboard is; a tag that is only a label (项目群) does not look like a link.
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { DESKTOP, PHONE } from './chromium';
import { test } from './fixtures';

const look = (l: Locator) =>
  l.evaluate((e) => {
    const s = getComputedStyle(e);
    return { line: s.textDecorationLine, color: s.color, border: s.borderTopColor, cursor: s.cursor };
  });

test.for([
  ['360 px', PHONE],
  ['desktop', DESKTOP],
] as const)('linked tags look like links and plain tags do not, at %s', async ([, setting], { open }) => {
  const p = await open('/industries/modern-commerce/', setting);
  const linked = p.locator('main a.tag').first();
  // An ordinary link in a sentence (citations are muted on purpose, so not one of theirs).
  const link = await look(p.locator('main p a:not([data-cite] a)').first());
  const tag = await look(linked);
  expect(tag.line).toBe('underline');
  expect(tag.color).toBe(link.color);
  expect(tag.border).toBe(link.color);

  const projects = await open('/projects/', setting);
  const plain = await look(projects.locator('main span.tag').first());
  expect(plain.line).toBe('none');
  expect(plain.color).not.toBe(link.color);
  expect(plain.border).not.toBe(link.color);

  // Reached with the keyboard, a linked tag shows the focus ring every link shows.
  await linked.focus();
  const ring = await linked.evaluate((e) => ({
    visible: e.matches(':focus-visible'),
    style: getComputedStyle(e).outlineStyle,
    width: getComputedStyle(e).outlineWidth,
  }));
  expect(ring.visible).toBe(true);
  expect(ring.style).toBe('solid');
  expect(parseFloat(ring.width)).toBeGreaterThanOrEqual(3);
});
