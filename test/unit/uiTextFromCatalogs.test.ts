import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import ts from 'typescript';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';

/*
 * Every word on screen comes from the ru/en catalogs. A static scan of the TSX the pane and the
 * demo are made of fails on hard-coded text: JSX text, string literals rendered as children, and
 * string literals in attributes people read (aria-label, title, placeholder, alt, label …).
 * Keys passed to i18n.t() are call arguments and are not rendered, so they are not flagged.
 */

const ROOT = join(__dirname, '..', '..');
const SCANNED = ['src/app', 'src/demo', 'src/taskpane'];
const READABLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label', 'hint', 'validationMessage', 'description', 'header']);

/** Text that is deliberately not translated, each with its reason. */
const ALLOWED: readonly { file: string; text: string; why: string }[] = [
  { file: 'src/demo/DemoPage.tsx', text: 'English', why: 'a language switch names each language in itself' },
  { file: 'src/demo/DemoPage.tsx', text: 'Русский', why: 'a language switch names each language in itself' },
];

const HAS_LETTER = /\p{L}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** String pieces an expression renders as-is: through ?:, &&, ||, ??, parentheses and template parts. */
function renderedStrings(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.flatMap((span) => [span.literal, ...renderedStrings(span.expression)])];
  if (ts.isParenthesizedExpression(node)) return renderedStrings(node.expression);
  if (ts.isConditionalExpression(node)) return [...renderedStrings(node.whenTrue), ...renderedStrings(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(node.operatorToken.kind)) {
    return [...renderedStrings(node.left), ...renderedStrings(node.right)];
  }
  return [];
}

const textOf = (node: ts.Node) => (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) ? node.text : node.getText());

export function hardCodedText(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.trim();
    if (!HAS_LETTER.test(trimmed)) return;
    if (ALLOWED.some((a) => a.file === file && a.text === trimmed)) return;
    findings.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: trimmed });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const piece of renderedStrings(node.expression)) report(piece, textOf(piece));
    }
    if (ts.isJsxAttribute(node) && READABLE_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression) for (const piece of renderedStrings(init.expression)) report(piece, textOf(piece));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}

describe('no hard-coded UI text', () => {
  const files = SCANNED.flatMap(tsxFiles);

  it('finds the TSX it is meant to scan', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files).toEqual(expect.arrayContaining(['src/app/steps/FollowUpStep.tsx', 'src/app/steps/IncidentStep.tsx', 'src/demo/DraftPreview.tsx']));
  });

  it.each(files.map((f) => [relative(ROOT, join(ROOT, f))]))('%s: every visible word comes from the catalogs', (file) => {
    expect(hardCodedText(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });

  // The scanner itself, so a green run means something.
  it.each<[string, string, string[]]>([
    ['JSX text', '<p>Hello there</p>', ['Hello there']],
    ['a literal child', "<p>{'Hello'}</p>", ['Hello']],
    ['a conditional child', "<p>{ok ? 'Yes' : i18n.t('x.y')}</p>", ['Yes']],
    ['a template child', '<p>{`${n} more`}</p>', ['more']],
    ['a readable attribute', '<button aria-label="Close">x</button>', ['Close', 'x']],
    ['an attribute expression', "<input placeholder={'Type here'} />", ['Type here']],
    ['punctuation only is fine', "<p>{a}{' · '}{b}</p>", []],
    ['catalog keys are fine', "<p>{i18n.t('alt.open')}{i18n.t(`alt.${kind}.label`)}</p>", []],
    ['non-readable attributes are fine', '<div data-step="check" className="x" role="status" />', []],
  ])('scanner: %s', (_name, jsx, expected) => {
    expect(hardCodedText('probe.tsx', `const probe = (${jsx});`).map((f) => f.text)).toEqual(expected);
  });
});

/* ICU plurals: Russian needs one / few / many / other; English one / other. */

interface AstNode {
  readonly type: number;
  readonly value?: string;
  readonly options?: Record<string, { readonly value: readonly AstNode[] }>;
  readonly pluralType?: string;
}
const SELECT = 5;
const PLURAL = 6;

function plurals(ast: readonly AstNode[]): { name: string; keys: string[] }[] {
  return ast.flatMap((node) => {
    const nested = Object.values(node.options ?? {}).flatMap((option) => plurals(option.value));
    return node.type === PLURAL ? [{ name: node.value ?? '', keys: Object.keys(node.options ?? {}) }, ...nested] : node.type === SELECT ? nested : [];
  });
}

const astOf = (message: string, lang: string) => new IntlMessageFormat(message, lang, undefined, { ignoreTag: true }).getAst() as unknown as AstNode[];

describe('ICU plurals in the catalogs', () => {
  it.each(Object.keys(ru).map((k) => [k]))('ru %s: every category-based plural has one, few, many and other', (key) => {
    for (const plural of plurals(astOf(ru[key as keyof typeof ru], 'ru'))) {
      const categories = plural.keys.filter((k) => !k.startsWith('='));
      if (categories.length === 1 && categories[0] === 'other') continue; // only exact matches (=1) and a fallback
      expect({ key, arg: plural.name, keys: categories.sort() }).toEqual({ key, arg: plural.name, keys: ['few', 'many', 'one', 'other'] });
    }
  });

  it.each(Object.keys(en).map((k) => [k]))('en %s: plurals have one and other', (key) => {
    for (const plural of plurals(astOf(en[key as keyof typeof en], 'en'))) {
      const categories = plural.keys.filter((k) => !k.startsWith('='));
      if (categories.length === 1 && categories[0] === 'other') continue;
      expect({ key, keys: categories.sort() }).toEqual({ key, keys: ['one', 'other'] });
    }
  });
});
