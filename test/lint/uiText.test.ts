/**
 * @jest-environment node
 *
 * The hard-coded-text rule (eslint.uiText.mjs): a word written into a component fails `npx eslint .`,
 * the same word taken from the catalogs passes. Runs the project's own ESLint config on virtual
 * files (nothing is written), in a child Node process (lintProbes.ts says why).
 */
import { lintProbes } from './lintProbes';

const probe = lintProbes(['ui-text/no-hard-coded-text']);

/** Registers a component probe; returns the hard-coded texts the rule reported. */
function reportedTexts(filePath: string, jsx: string): () => string[] {
  const messages = probe(filePath, `export const Probe = () => (${jsx});\n`);
  return () => messages().map((m) => /^"(.*)" is shown to the user/s.exec(m)?.[1] ?? m);
}

const component = 'src/app/components/UiTextProbe.tsx';

describe('a component that writes its own words fails the lint', () => {
  const hardCoded = reportedTexts(component, '<Button aria-label="Close the pane">Close</Button>');
  const translated = reportedTexts(component, "<Button aria-label={i18n.t('app.close')}>{i18n.t('app.close')}</Button>");

  it('reports a hard-coded label and text, and passes the same button translated', () => {
    expect(hardCoded()).toEqual(['Close the pane', 'Close']);
    expect(translated()).toEqual([]);
  });

  const throughExpressions = reportedTexts(
    component,
    "<div><p>{'Hello'}</p><p>{ok ? 'Yes' : i18n.t('x.y')}</p><p>{`${n} more`}</p><p>{n > 1 && 'Many'}</p><input placeholder={'Type here'} /><span title={busy ? 'Working' : ''} /></div>",
  );
  it('sees text rendered through a literal child, ?:, a template, && and an attribute expression', () => {
    expect(throughExpressions()).toEqual(['Hello', 'Yes', 'more', 'Many', 'Type here', 'Working']);
  });

  const notWords = reportedTexts(
    component,
    '<div data-step="check" className="x" role="status"><p>{a}{\' · \'}{b}: 42</p><p>{i18n.t(\'alt.open\')}{i18n.t(`alt.${kind}.label`)}</p></div>',
  );
  it('passes punctuation, numbers, catalog keys and attributes nobody reads', () => {
    expect(notWords()).toEqual([]);
  });
});

describe('it covers the pane, the demo and the sign-in dialog', () => {
  const places = ['src/app/steps/UiTextProbe.tsx', 'src/demo/UiTextProbe.tsx', 'src/taskpane/UiTextProbe.tsx', 'src/authdialog/UiTextProbe.tsx'].map(
    (file) => [file, reportedTexts(file, '<p>Сообщение отозвано</p>')] as const,
  );

  it('reports hard-coded Russian in each of them', () => {
    expect(places.map(([file, texts]) => [file, texts()])).toEqual(places.map(([file]) => [file, ['Сообщение отозвано']]));
  });
});
