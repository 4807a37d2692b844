#!/usr/bin/env node
// `npm run dev-server`: a live development build of the add-in (webpack in watch mode, into
// dist-dev/) served at https://localhost:3000 with trusted localhost certificates from
// office-addin-dev-certs (see scripts/dev-certs.mjs for what "trusted" does on each system), so
// the repo's manifest.xml / manifest.json sideload against it.
//
//   PORT=3000 (default)   --no-trust: create the certificates but do not add the CA to the
//                          system store (the test uses this with its own HOME)
// Prints "ready: https://localhost:<port>/taskpane.html" once the first build is served; every
// later save rebuilds and the next page load gets it (pages are served no-cache).
import { createServer } from 'node:https';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import { devHttpsOptions, certificatePaths } from './dev-certs.mjs';
import { staticFiles } from './static-files.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 3000);
const trust = !process.argv.includes('--no-trust');
const outDir = join(repoRoot, 'dist-dev');

const tls = await devHttpsOptions({ trust });
console.log(`certificates: ${certificatePaths.cert} (CA ${certificatePaths.ca}${trust ? ', trusted' : ', not added to the system store'})`);

const config = createRequire(import.meta.url)('../webpack.config.js')({}, { mode: 'development' });
config.output.path = outDir;
const compiler = webpack(config);

let server = null;
compiler.watch({ aggregateTimeout: 200 }, (error, stats) => {
  if (error || stats.hasErrors()) {
    console.error(error ?? stats.toString('errors-only'));
    if (!server) process.exitCode = 1;
    return;
  }
  console.log(`built in ${stats.endTime - stats.startTime} ms`);
  if (server) return;
  server = createServer(tls, staticFiles(outDir)).listen(port, 'localhost', () => {
    console.log(`ready: https://localhost:${server.address().port}/taskpane.html`);
  });
});

const stop = () => compiler.close(() => (server ? server.close(() => process.exit(0)) : process.exit(0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
