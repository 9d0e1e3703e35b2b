import { expect, test } from 'vitest';
import { correctionHref, DEFAULT_CORRECTION_URL } from './config';

const page = { url: 'https://example.org/projects/sams-club/', title: '山姆超市' };

test('the correction link fills in the page’s address and title, encoded', () => {
  expect(correctionHref(page, 'mailto:fix@example.org?subject=更正：{title}&body={url}')).toBe(
    'mailto:fix@example.org?subject=更正：%E5%B1%B1%E5%A7%86%E8%B6%85%E5%B8%82&body=https%3A%2F%2Fexample.org%2Fprojects%2Fsams-club%2F',
  );
  expect(correctionHref(page, 'https://forms.example.org/fix?page={url}')).toBe(
    'https://forms.example.org/fix?page=https%3A%2F%2Fexample.org%2Fprojects%2Fsams-club%2F',
  );
});

test('until an address is configured the link goes to the corrections section of /about/', () => {
  expect(process.env['CORRECTION_URL'] ?? '').toBe('');
  expect(correctionHref(page)).toBe(DEFAULT_CORRECTION_URL);
});

test('a misspelt placeholder is an error naming it, not a link with “{titel}” in it', () => {
  expect(() => correctionHref(page, 'mailto:fix@example.org?subject={titel}')).toThrow('no value for {titel}');
});
