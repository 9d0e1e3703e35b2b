import { parse, type HTMLElement } from 'node-html-parser';
import fs from 'node:fs';
import { builtPages } from '../tests/site/dist.ts';
import { unlocalizedPath } from '../src/lib/paths.ts';
const HAN_RUN = /.{0,30}\p{Script=Han}[\p{Script=Han}\s\d]*.{0,10}/gu;
const DOCUMENT_NAME =
  /绍兴市越城区人民政府|《[^》]*》|越城区开展“1616”专项行动打造现代服务业高质量发展样板区实施方案|越政发〔2023〕14号|（越政发〔2023〕14号，2023年12月29日）|2023年12月29日|“[^”]*\p{Script=Han}[^”]*”/gu;
function unmarkedText(el: HTMLElement): string {
  if (el.getAttribute?.('lang') === 'zh-CN') return '';
  if (['script', 'style', 'template'].includes(el.rawTagName)) return '';
  return el.childNodes.map((n) => (n.nodeType === 3 ? n.text : unmarkedText(n as HTMLElement))).join('');
}
const counts = new Map<string, [number, string]>();
for (const [url, file] of builtPages()) {
  if (!url.startsWith('/en/')) continue;
  const doc = parse(fs.readFileSync(file, 'utf8'));
  const sw = doc.querySelector('a[data-language-switch]')?.getAttribute('href');
  const alt = doc.querySelector('link[rel="alternate"][hreflang="zh-CN"]')?.getAttribute('href');
  if (process.argv[2] === 'head') console.log(url, sw, alt);
  const text = unmarkedText(doc.querySelector('body')!).replace(/\s+/g, ' ').replaceAll(DOCUMENT_NAME, '');
  for (const m of text.matchAll(HAN_RUN)) { const k = m[0]; const c = counts.get(k); counts.set(k, [(c?.[0] ?? 0) + 1, c?.[1] ?? url]); }
}
for (const [k, [n, u]] of [...counts].sort((a, b) => b[1][0] - a[1][0]).slice(0, Number(process.argv[3] ?? 80))) console.log(n, JSON.stringify(k), u);
