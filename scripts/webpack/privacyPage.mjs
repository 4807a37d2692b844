/*
 * The privacy page the manifests name (privacyUrl, dist/privacy.html), rendered at build time from
 * docs/privacy.md, so the page users see and the doc are one text. Build-time only: nothing here
 * reaches the pane's bundles.
 *
 * marked renders the Markdown (GitHub's flavour: the tables). The page keeps what every static
 * page of the add-in has (test/e2e/security.spec.ts): a CSP meta allowing only its own inline
 * style, and no script. Two things the doc may hold would not work on the add-in's host:
 * - a link to another page of docs/ (`[the safety window](safety-window.md)`) or any other
 *   relative target: docs/ is not deployed there, so the link's words stay and the link goes;
 * - raw HTML: shown as text, never passed through, so the page holds exactly what the Markdown says.
 */
import { Marked } from 'marked';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
const STYLE =
  'body { font: 15px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color-scheme: light dark; } ' +
  'td, th { border: 1px solid; padding: .25rem .5rem; text-align: left; vertical-align: top; } table { border-collapse: collapse; }';

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Only a link that leaves for the web works on the deployed page. */
const reachable = (href) => /^(https?:|mailto:)/i.test(href);

const markdown = new Marked({
  gfm: true,
  renderer: {
    link(token) {
      const text = this.parser.parseInline(token.tokens);
      return reachable(token.href) ? false : text;
    },
    html(token) {
      return token.block ? `<p>${escapeHtml(token.text.trim())}</p>\n` : escapeHtml(token.text);
    },
  },
});

/** The whole page for the doc's Markdown; its title is the doc's first heading. */
export function privacyPage(doc) {
  const title = markdown.lexer(doc).find((token) => token.type === 'heading' && token.depth === 1);
  if (title === undefined) throw new Error('docs/privacy.md: the page title is its "# " heading, and it has none');
  return `<!doctype html>
<!-- privacyUrl of the unified manifest: rendered from docs/privacy.md by the build (scripts/webpack/privacyPage.mjs). Edit the doc. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${CSP}" />
    <title>Recall Assistant — ${escapeHtml(title.tokens.map((token) => token.text).join(''))}</title>
    <style>${STYLE}</style>
  </head>
  <body>
${markdown.parse(doc)}  </body>
</html>
`;
}
