/**
 * Text as HTML character data or a quoted attribute value: the five characters HTML gives meaning
 * to become entities, nothing else changes. The one escaper for follow-up bodies (draftText.ts)
 * and for values put into the catalogs' HTML templates (i18n/translator.ts).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
