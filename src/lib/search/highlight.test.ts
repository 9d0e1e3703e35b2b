import { expect, test } from 'vitest';
import { highlight, isLoose, matchSpans } from './highlight';

test('marks a name whole, not the segments Pagefind matched', () => {
  const pagefind = '以<mark>鉴</mark><mark>水科</mark>技<mark>城</mark>为主平台';
  expect(highlight(pagefind, ['鉴水科技城'])).toBe('以<mark>鉴水科技城</mark>为主平台');
  expect(highlight('鉴水科技城科技金融平台', ['鉴水科技城'])).toBe('<mark>鉴水科技城</mark>科技金融平台');
  expect(highlight('科技服务、科技金融', ['鉴水科技城'])).toBe('<mark>科技</mark>服务、<mark>科技</mark>金融');
  expect(highlight('康养综合体', ['老年人', '康养'])).toBe('<mark>康养</mark>综合体');
});

test('never marks a single character of a longer query', () => {
  expect(highlight('做优<mark>老</mark>字号品牌', ['老年人'])).toBe('做优老字号品牌');
  expect(matchSpans('区城发集团', ['鉴水科技城'])).toEqual([]);
});

test('drops the punctuation an excerpt can open with', () => {
  expect(highlight('. 西城广场高端<mark>康养</mark>', ['康养'])).toBe('西城广场高端<mark>康养</mark>');
  expect(highlight('、镜湖康养综合体', ['康养'])).toBe('镜湖<mark>康养</mark>综合体');
});

test('keeps the excerpt escaped', () => {
  expect(highlight('a &lt;b&gt; 山姆 &amp;', ['山姆'])).toBe('a &lt;b&gt; <mark>山姆</mark> &amp;');
});

test('a result is loose when it shares only single characters with the query', () => {
  expect(isLoose(['老字号', '做优老字号品牌'], ['老年人'])).toBe(true);
  expect(isLoose(['镜湖康养综合体', ''], ['老年人', '康养'])).toBe(false);
  expect(isLoose(['鉴水科技城'], ['鉴水科技城'])).toBe(false);
  expect(isLoose(['区商务局'], ['区'])).toBe(false);
});
