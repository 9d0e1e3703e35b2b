// English search data, as search-zh-CN.ts is for Chinese: words English readers type for the plan's terms as the
// English edition renders them (content/terminology.yaml), and a word to warm the index with.
import type { Everyday } from './search-zh-CN';
import type { NamingTable } from '../lib/search/names';
import type { Synonyms } from '../lib/search/synonyms';

/** Interchangeable words in an English query: "tourism" finds Culture and Tourism. General usage only. */
export const SYNONYMS_EN: Synonyms = [
  ['tourism', 'culture and tourism'],
  ['retail', 'commerce', 'modern commerce and trade'],
  ['trade', 'commerce and trade'],
  ['software', 'digital software'],
  ['finance', 'modern finance', 'financial'],
  ['headquarters', 'hq', 'headquarters business'],
  ['r&d', 'research and development', 'research'],
  ['semiconductor', 'chip', 'integrated circuit'],
  ['elderly', 'elderly care', 'health and elderly care', 'aged care'],
  ['talent', 'talents', 'skilled workers'],
  ['investment promotion', 'investment attraction'],
  ['e-commerce', 'ecommerce', 'online retail'],
  ['heritage', 'world heritage', 'cultural heritage'],
  ['canal', 'grand canal'],
  ['above designated size', 'above-scale', 'large enterprises'],
  ['first store', 'flagship store', 'first-store economy'],
  ['high-speed rail', 'hsr', 'railway station'],
];

/** No everyday-word table yet for English: the synonyms above cover the common words. */
export const EVERYDAY_EN: readonly Everyday[] = [];

/** Warms the English index: a word nearly every record has. */
export const PRELOAD_QUERY_EN = 'district';

/** English unit names: "District Bureau of Commerce" is also found as "Bureau of Commerce" or "Yuecheng Bureau of Commerce". */
export const NAMING_EN: NamingTable = {
  prefixes: ['Yuecheng District ', 'District '],
  districtMark: 'District ',
  district: ['Yuecheng District '],
  parts: [],
  older: [],
};
