/**
 * @jest-environment node
 *
 * `npm run dev-server` on a fresh machine: it creates the office-addin-dev-certs certificates
 * (here in a throw-away HOME, with --no-trust so the test leaves the system store alone), builds
 * the add-in and serves taskpane.html over HTTPS — trusted with the generated CA, refused
 * without it. Port 0 picks a free port, so it runs beside a developer's own dev server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../..');
const home = mkdtempSync(join(tmpdir(), 'dev-server-home-'));
let server: ChildProcess | undefined;
let baseUrl = '';

function request(url: string, ca?: Buffer): Promise<{ response: IncomingMessage; body: string }> {
  return new Promise((done, fail) => {
    get(url, ca ? { ca } : {}, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ response, body }));
    }).on('error', fail);
  });
}

beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/dev-server.mjs', '--no-trust'], {
    cwd: repoRoot,
    env: { ...process.env, HOME: home, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  baseUrl = await new Promise<string>((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready: (https:\/\/localhost:\d+)\/taskpane\.html/.exec(output);
      if (ready?.[1]) done(ready[1]);
    };
    server?.stdout?.on('data', onData);
    server?.stderr?.on('data', onData);
    server?.on('exit', (code) => fail(new Error(`dev server exited (${code}):\n${output}`)));
  });
}, 180_000);

afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(home, { recursive: true, force: true });
});

it('serves the live development build of taskpane.html over HTTPS, trusted with the generated CA', async () => {
  const ca = readFileSync(join(home, '.office-addin-dev-certs', 'ca.crt'));
  const { response, body } = await request(`${baseUrl}/taskpane.html`, ca);
  expect(response.statusCode).toBe(200);
  expect(response.headers['cache-control']).toBe('no-cache');
  expect(body).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  expect(body).toMatch(/<script defer(="defer")? src="taskpane\.js">/);
});

it('is refused without that CA (the certificate is not a self-signed leftover the client happens to accept)', async () => {
  await expect(request(`${baseUrl}/taskpane.html`)).rejects.toThrow(/certificate/i);
});

it('serves the icons the manifests name as cacheable', async () => {
  const ca = readFileSync(join(home, '.office-addin-dev-certs', 'ca.crt'));
  const { response } = await request(`${baseUrl}/assets/icon-80.png`, ca);
  expect(response.statusCode).toBe(200);
  expect(response.headers['cache-control']).toBe('public, max-age=86400');
});
