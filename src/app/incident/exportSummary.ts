/**
 * Getting the incident summary out of the pane, only when the user asks: a file download (Blob +
 * object URL + <a download>) or the clipboard. Office webviews may refuse either; callers say so.
 */

/** Starts a download of `content`; false when the browser can't (no object URLs). */
export function downloadFile(fileName: string, mimeType: string, content: string, doc: Document = document): boolean {
  if (typeof URL.createObjectURL !== 'function') return false;
  let url: string;
  try {
    url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  } catch {
    return false;
  }
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; free it once that has started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

/** Writes to the clipboard; false when the Clipboard API is missing or refused (common in webviews). */
export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): Promise<boolean> {
  if (clipboard === undefined || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** `incident-summary-20261125-1003` (UTC): sortable, and nothing personal in the name. */
export function summaryFileName(generatedAt: Date, extension: 'txt' | 'json'): string {
  const stamp = generatedAt.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 13);
  return `incident-summary-${stamp}.${extension}`;
}
