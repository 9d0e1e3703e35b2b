// Debian's nginx on a loopback port with a server block of the repo's, for the nginx tests: started in a temporary
// prefix with its own pid, logs and temp folders, so it runs beside any other nginx and as any user.
// scripts/ensure-nginx.sh installs nginx and its brotli_static module (npm run test:site).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface Nginx {
  /** One raw request: no decompression, so the encoding sent is what the test sees. */
  get(urlPath: string, encoding?: string): Promise<Reply>;
  stop(): void;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/**
 * Starts nginx with `http` (lines for the http context) and `server(port)` (a server block listening on that port),
 * and resolves when it answers `probe`.
 */
export async function startNginx(options: { http?: string[]; server: (port: number) => string; probe: string }): Promise<Nginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'));
  const port = await freePort();
  fs.writeFileSync(path.join(dir, 'site.conf'), options.server(port));
  // Where a block's `include mime.types` finds them, as in /etc/nginx.
  fs.copyFileSync('/etc/nginx/mime.types', path.join(dir, 'mime.types'));
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log off;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
      ...(options.http ?? []).map((line) => `  ${line}`),
      `  include ${dir}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const nginx: ChildProcess = spawn('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;'], {
    stdio: 'pipe',
  });
  let stderr = '';
  nginx.stderr!.on('data', (d) => (stderr += d));
  const stop = () => {
    nginx.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const get = (urlPath: string, encoding?: string) =>
    new Promise<Reply>((resolve, reject) => {
      const headers = encoding ? { 'accept-encoding': encoding } : {};
      const req = http.get({ host: '127.0.0.1', port, path: urlPath, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
    });
  // Ready when it answers.
  for (let i = 0; ; i++) {
    try {
      await get(options.probe);
      return { get, stop };
    } catch (error) {
      if (i > 50 || nginx.exitCode !== null) {
        const log = fs.existsSync(`${dir}/error.log`) ? fs.readFileSync(`${dir}/error.log`, 'utf8') : '';
        stop();
        throw new Error(`nginx did not start: ${stderr}${log}`, { cause: error });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
