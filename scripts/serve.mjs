// Serves a built folder on localhost over plain HTTP (default: dist-demo on port 3000), for the
// demo. Outlook needs HTTPS: use `npm run dev-server` for that.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { staticFiles } from './static-files.mjs';

const dir = resolve(process.argv[2] ?? 'dist-demo');
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
if (!existsSync(dir)) {
  console.error(`${dir} does not exist: build it first (npm run build:demo or npm run build).`);
  process.exit(1);
}
createServer(staticFiles(dir)).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${dir} at http://localhost:${port}/ (demo: http://localhost:${port}/demo.html)`);
});
