// Serves a built folder on localhost (default: dist-demo on port 3000) with no caching.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';

const dir = resolve(process.argv[2] ?? 'dist-demo');
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
if (!existsSync(dir)) {
  console.error(`${dir} does not exist: build it first (npm run build:demo or npm run build).`);
  process.exit(1);
}
const assets = sirv(dir, { dev: true, etag: true });
createServer((req, res) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  assets(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  });
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${dir} at http://localhost:${port}/ (demo: http://localhost:${port}/demo.html)`);
});
