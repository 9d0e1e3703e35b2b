// Serves the built dist/ as a static host that reads dist/_headers would (Netlify, Cloudflare Pages): its files,
// a folder's index.html, the 404 page, the build's precompressed files, and the headers of every _headers rule a path matches, joined as such hosts
// join them. Tests and benchmarks thus run under the Content-Security-Policy and the other headers the build wrote.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { lookup } from 'mrmime';

interface Rule {
  pattern: RegExp;
  headers: [string, string][];
}

/** The rules of a _headers file: a path pattern (`*` matches anything), then its indented `Name: value` lines. */
export function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** The headers for a request path: every matching rule's, values of the same name joined with ", ". */
export function headersFor(rules: Rule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules)
    if (rule.pattern.test(urlPath))
      for (const [name, value] of rule.headers) out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
  return out;
}

const ENCODINGS = [
  { name: 'br', suffix: '.br', accepted: /\bbr\b/ },
  { name: 'gzip', suffix: '.gz', accepted: /\bgzip\b/ },
];

/**
 * Serves `dist` (the project's dist/ unless told) at `base`, as its build was made for (BASE_PATH): an address
 * outside the base is not found, as on a host where the portal is one path of a larger site.
 */
export async function serveDist(
  port = 4399,
  { dist: root = 'dist', base = '/' }: { dist?: string; base?: string } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error(`${root}/ is missing: run \`npm run build\` first`);
  const headersFile = path.join(root, '_headers');
  const rules = fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8')) : [];
  const top = path.resolve(root);
  const file = (urlPath: string) => {
    const full = path.resolve(top, `.${decodeURIComponent(urlPath)}`);
    if (full !== top && !full.startsWith(top + path.sep)) return undefined;
    const candidate = urlPath.endsWith('/') ? path.join(full, 'index.html') : full;
    return fs.existsSync(candidate) && fs.statSync(candidate).isFile() ? candidate : undefined;
  };
  const contentType = (file: string) => {
    const type = lookup(file) ?? 'application/octet-stream';
    return /^text\/|json|javascript|xml/.test(type) ? `${type}; charset=utf-8` : type;
  };
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!urlPath.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not the portal');
      return;
    }
    // The file's path in dist/: the address without the base.
    const sitePath = `/${urlPath.slice(base.length)}`;
    let found = file(sitePath);
    let status = 200;
    if (!found && !urlPath.endsWith('/') && file(`${sitePath}/`)) {
      res.writeHead(301, { location: `${urlPath}/` }).end();
      return;
    }
    if (!found) {
      status = 404;
      // Each language's own 404 page, as the nginx block serves them.
      found = file(sitePath.startsWith('/en/') ? '/en/404/' : '/404.html');
    }
    // The build's .br or .gz beside the file where the reader takes it, as the nginx block sends them (brotli_static,
    // gzip_static) and CDNs compress: the bytes a browser receives, which Lighthouse's simulated network times.
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoded = ENCODINGS.find((e) => e.accepted.test(accepts) && fs.existsSync(found + e.suffix));
    res.writeHead(status, {
      ...headersFor(rules, urlPath),
      'Content-Type': contentType(found!),
      Vary: 'Accept-Encoding',
      ...(encoded && { 'Content-Encoding': encoded.name }),
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(encoded ? found + encoded.suffix : found!).pipe(res);
  });
  // Another run (a second checkout's tests) may hold the port: any free one will do, the URL says which.
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? server.listen(0, '127.0.0.1', resolve) : reject(error),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${bound}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
