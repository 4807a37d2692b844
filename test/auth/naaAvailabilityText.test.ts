/**
 * Where nested app authentication is missing, the pane and the admin text name the builds that
 * have it, as Microsoft's requirement-set table does (nested-app-auth-requirement-sets.md in
 * OfficeDev/office-js-docs-reference): web, new Outlook, classic Windows 2409 (18025.20000)+,
 * Mac 16.89+, iOS/Android 4.2433+; not Outlook.com or Gmail mailboxes.
 */
import { graphGapText } from '../../src/app/components/graphGapText';
import { createTranslator } from '../../src/i18n/translator';

const DOCUMENTED = ['2409', '18025.20000', '16.89', '4.2433', 'Outlook.com', 'Gmail'];

describe('NAA availability text', () => {
  it.each(['en', 'ru'] as const)('%s: the check step’s gap names every documented build and the unsupported mailboxes', (lang) => {
    const text = graphGapText({ kind: 'auth-unavailable', reason: { kind: 'nested-auth-unsupported' } }, createTranslator(lang));
    for (const fact of DOCUMENTED) expect(text).toContain(fact);
    expect(text).toMatch(/Mac.*iOS.*Android/);
    expect(text).not.toMatch(/\{\w+\}/);
  });
});
