import type { ReportBody } from '../domain/recallTracking';

/**
 * Elements that end a line of a report's text: a cloud report's per-recipient table has one row
 * per recipient, a classic report one paragraph per fact. Any other element only separates words
 * (a table cell from the next one).
 */
const LINE_ENDING = new Set([
  'P',
  'DIV',
  'TR',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'THEAD',
  'TBODY',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
]);
/** Never text a reader sees. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'HEAD', 'NOSCRIPT']);

/**
 * What a recall report's HTML body says, as plain facts for the domain (recallTracking.ts): its
 * text lines and the targets of its links. Read with the browser's own HTML parser (DOMParser,
 * "text/html"), which decodes every entity and copes with broken markup as Outlook would; a
 * parsed document has no browsing context, so nothing in it runs or loads. Which links may be
 * offered and who sent the report are the domain's rules, not decided here.
 */
export function readReportBody(html: string): ReportBody {
  if (html.trim() === '') return { lines: [], links: [] };
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    const trimmed = line.trim();
    if (trimmed !== '') lines.push(trimmed);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = (node as Element).tagName;
    if (NOT_TEXT.has(tag)) return;
    if (tag === 'BR') return endLine();
    node.childNodes.forEach(walk);
    if (LINE_ENDING.has(tag)) endLine();
    else line += ' ';
  };
  walk(doc.body);
  endLine();
  const links = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
  return { lines, links };
}
