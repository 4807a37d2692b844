/**
 * The privacy page the manifests name (privacyUrl) is docs/privacy.md rendered by the build
 * (scripts/webpack/privacyPage.mjs; the built file itself: test/e2e/production-bundle.spec.ts).
 * It says everything the doc says, keeps the CSP of the add-in's static pages, and never links to
 * a docs/ page, which the add-in's host does not serve.
 */
import { privacyPage } from '../../scripts/webpack/privacyPage.mjs';
import { docHeadings, docTexts, readPrivacyDoc, squeezed } from '../support/privacyDoc';

const page = (markdown: string) => new DOMParser().parseFromString(privacyPage(markdown), 'text/html');

describe('privacy.html from docs/privacy.md', () => {
  const doc = readPrivacyDoc();
  const rendered = page(doc);

  it('has every heading of the doc, at its level and in its order', () => {
    const headings = [...rendered.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({
      level: Number(h.tagName.slice(1)),
      text: squeezed(h.textContent ?? ''),
    }));
    expect(headings).toEqual(docHeadings(doc));
    expect(headings.length).toBeGreaterThan(4);
  });

  it('says every paragraph, list item and table cell of the doc', () => {
    const text = squeezed(rendered.body.textContent ?? '');
    const blocks = docTexts(doc);
    expect(blocks.filter((block) => !text.includes(block))).toEqual([]);
    expect(blocks.length).toBeGreaterThan(20);
  });

  it('keeps the static pages’ CSP and has no script', () => {
    expect(rendered.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
    expect(rendered.querySelectorAll('script')).toHaveLength(0);
    expect(rendered.title).toBe('Recall Assistant — Privacy statement');
  });

  it('links nowhere the add-in’s host does not serve: a docs/ page keeps its words, not its link', () => {
    expect(doc).toMatch(/\]\(safety-window\.md\)/);
    const links = [...rendered.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.filter((href) => !/^(https?:|mailto:)/.test(href))).toEqual([]);
    expect(squeezed(rendered.body.textContent ?? '')).toContain('only when your organisation turned the safety window on: when you select Send');
  });

  it('keeps a web link, and shows raw HTML as text instead of passing it through', () => {
    const sample = page(
      '# Privacy statement\n\nSee [Microsoft’s docs](https://learn.microsoft.com/graph), [deploying](deploy.md#admin-consent) and [a file](../config.json).\n\n<script>alert(1)</script>\n\nA <img src=x onerror=alert(1)> tag.\n',
    );
    expect([...sample.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Microsoft’s docs', 'https://learn.microsoft.com/graph'],
    ]);
    expect(sample.querySelectorAll('script, img')).toHaveLength(0);
    expect(squeezed(sample.body.textContent ?? '')).toContain(
      'See Microsoft’s docs, deploying and a file. <script>alert(1)</script> A <img src=x onerror=alert(1)> tag.',
    );
  });

  it('a doc without its "# " title fails the build', () => {
    expect(() => privacyPage('## What it reads\n\nNothing.\n')).toThrow(/has none/);
  });
});
