// Static file handler shared by `npm run serve` (demo, HTTP) and `npm run dev-server` (HTTPS).
// Icons under assets/ are cacheable — Outlook and the admin center cache the icons a manifest
// names and refuse no-cache/no-store ones (docs/deploy.md) —; everything else is revalidated on
// each request so a rebuild shows at once.
import sirv from 'sirv';

export function staticFiles(dir) {
  const files = sirv(dir, {
    dev: true,
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=86400' : 'no-cache');
    },
  });
  return (req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  };
}
