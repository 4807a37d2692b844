/**
 * What docs/privacy.md says, read from its Markdown lines without the renderer the build uses
 * (scripts/webpack/privacyPage.mjs), so the page can be held against the doc: its headings in
 * order, and each block of text (a paragraph, a list item, a table cell) with the inline markup
 * taken off, as a reader sees it on the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVACY_DOC = join(__dirname, '..', '..', 'docs', 'privacy.md');

export interface DocHeading {
  readonly level: number;
  readonly text: string;
}

export const readPrivacyDoc = () => readFileSync(PRIVACY_DOC, 'utf8');

/** Whitespace as a reader sees it: one space between words. */
export const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Inline Markdown as the page shows it: a link's words, code and emphasis without their marks. */
export const plain = (markdown: string) =>
  squeezed(
    markdown
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<(https?:[^>]+)>/g, '$1')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/\*([^*]+)\*/g, '$1'),
  );

export function docHeadings(doc: string): DocHeading[] {
  return doc.split('\n').flatMap((line) => {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    return heading ? [{ level: heading[1]?.length ?? 0, text: plain(heading[2] ?? '') }] : [];
  });
}

export function docTexts(doc: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length > 0) blocks.push(plain(current.join(' ')));
    current = [];
  };
  for (const line of doc.split('\n')) {
    if (line.trim() === '' || /^#{1,6}\s/.test(line)) {
      close();
    } else if (line.startsWith('|')) {
      close();
      if (!/^\|[\s|:-]+\|$/.test(line))
        blocks.push(
          ...line
            .split('|')
            .map(plain)
            .filter((cell) => cell !== ''),
        );
    } else if (line.startsWith('- ')) {
      close();
      current.push(line.slice(2));
    } else {
      current.push(line);
    }
  }
  close();
  return blocks;
}
