import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from './serve-dist.ts';
const server = await serveDist(4395);
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu'] });
for (const p of process.argv.slice(2)) {
  const r = await lighthouse(server.url + p, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], blockedUrlPatterns: process.env.BLOCK ? [process.env.BLOCK] : [] });
  const a = r!.lhr.audits;
  console.log(p, 'FCP', a['first-contentful-paint']?.numericValue, 'TTI', a['interactive']?.numericValue, 'tbt', a['total-blocking-time']?.numericValue);
  console.log(JSON.stringify((a['long-tasks']?.details as any)?.items));
  console.log(JSON.stringify((a['mainthread-work-breakdown']?.details as any)?.items.map((i: any) => [i.group, Math.round(i.duration)])));
  console.log(JSON.stringify((a['dom-size']?.details as any)?.items?.slice(0,1)));
}
chrome.kill(); await server.stop();
