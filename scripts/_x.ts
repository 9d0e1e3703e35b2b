import fs from 'node:fs'; import zlib from 'node:zlib'; import { parse } from 'node-html-parser';
const f = process.argv[2]!; const html = fs.readFileSync(f, 'utf8'); const root = parse(html, { comment: true });
const gz = (s: string) => zlib.gzipSync(s, { level: 9 }).length;
console.log('total', html.length, gz(html));
const walk = (el: any, depth: number) => { for (const c of el.childNodes) { if (c.nodeType !== 1) continue; const s = html.slice(c.range[0], c.range[1]); if (s.length > 1500) { console.log(' '.repeat(depth*2) + c.rawTagName + (c.id ? '#' + c.id : '') + '.' + (c.classNames||'').slice(0,40), s.length, gz(s)); if (depth < Number(process.argv[3] ?? 4)) walk(c, depth + 1); } } };
walk(root, 0);
