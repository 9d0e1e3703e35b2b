import { expect, test } from 'vitest';
import { groupBy, lazy } from './group';

test('groupBy lists each item under each of its keys, in the items’ order', () => {
  const items = [
    { id: 'a', tags: ['x', 'y'] },
    { id: 'b', tags: ['y'] },
    { id: 'c', tags: [] },
    { id: 'd', tags: ['x'] },
  ];
  const groups = groupBy(items, (i) => i.tags);
  expect([...groups.keys()]).toEqual(['x', 'y']);
  expect(groups.get('x')!.map((i) => i.id)).toEqual(['a', 'd']);
  expect(groups.get('y')!.map((i) => i.id)).toEqual(['a', 'b']);
});

test('groupBy lists an item once under a key named twice, and skips undefined keys', () => {
  const groups = groupBy([{ keys: ['x', 'x', undefined] }, { keys: [undefined] }], (i) => i.keys);
  expect(groups.get('x')).toHaveLength(1);
  expect([...groups.keys()]).toEqual(['x']);
});

test('lazy computes once, on first use, and keeps undefined too', () => {
  let calls = 0;
  const get = lazy(() => {
    calls++;
    return undefined;
  });
  expect(calls).toBe(0);
  expect(get()).toBeUndefined();
  get();
  expect(calls).toBe(1);
});
