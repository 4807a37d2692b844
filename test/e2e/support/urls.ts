/**
 * Where the two builds are served during e2e runs (see playwright.config.ts). 127.0.0.1 rather than
 * localhost: scripts/serve.mjs listens on IPv4 only, and a loopback address is a secure context, so
 * the demo's service worker (MSW) registers there.
 */
export const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 3100);
export const PROD_PORT = Number(process.env.E2E_PROD_PORT ?? 3101);
export const DEMO_URL = `http://127.0.0.1:${DEMO_PORT}`;
export const PROD_URL = `http://127.0.0.1:${PROD_PORT}`;

/** The CDN address production pages load office.js from; tests serve a stand-in there. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
