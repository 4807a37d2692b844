/** The privacy page (dist/privacy.html) for the Markdown of docs/privacy.md. */
export function privacyPage(doc: string): string;
