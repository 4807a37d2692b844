/**
 * Every word on screen comes from the catalogs (src/i18n/en.ts and ru.ts). This rule fails on
 * hard-coded text in the TSX the pane, the demo and the auth dialog are made of: JSX text, string
 * literals rendered as children (through ?:, &&, ||, ??, + and template parts), and string literals
 * in the attributes people read (aria-label, title, placeholder, alt, label …). Text without a
 * letter (' · ', ':') is punctuation, not words. Keys passed to i18n.t() are call arguments, not
 * rendered, so they pass. Checked by `npx eslint .`; test/lint/uiText.test.ts shows it failing.
 *
 * A local rule rather than a plugin: eslint-plugin-react's jsx-no-literals checks attributes all
 * or none (className, role and data-* included); eslint-plugin-i18next's no-literal-string
 * (jsx-only) flags every literal anywhere inside a JSX tree (failure kinds, Fluent enum props,
 * element ids) yet skips aria-description, label and the like on native elements.
 * Deliberate exceptions carry an `eslint-disable-next-line ui-text/no-hard-coded-text -- <why>`.
 */

const READABLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
  'validationMessage',
  'description',
  'header',
]);
const HAS_LETTER = /\p{L}/u;

/** The pieces of an expression rendered as-is: [node, text] for each string part. */
function renderedStrings(node) {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? [[node, node.value]] : [];
    case 'TemplateLiteral':
      return [...node.quasis.map((quasi) => [quasi, quasi.value.cooked ?? quasi.value.raw]), ...node.expressions.flatMap(renderedStrings)];
    case 'ConditionalExpression':
      return [...renderedStrings(node.consequent), ...renderedStrings(node.alternate)];
    case 'LogicalExpression':
      return [...renderedStrings(node.left), ...renderedStrings(node.right)];
    case 'BinaryExpression':
      return node.operator === '+' ? [...renderedStrings(node.left), ...renderedStrings(node.right)] : [];
    default:
      return [];
  }
}

const noHardCodedText = {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible text comes from the en/ru catalogs, not from the TSX.' },
    schema: [],
    messages: { hardCoded: '"{{text}}" is shown to the user: put it in src/i18n/en.ts and ru.ts and render i18n.t(key).' },
  },
  create(context) {
    const report = (node, text) => {
      const trimmed = text.trim();
      if (HAS_LETTER.test(trimmed)) context.report({ node, messageId: 'hardCoded', data: { text: trimmed } });
    };
    return {
      JSXText: (node) => report(node, node.value),
      JSXExpressionContainer(node) {
        if (node.parent.type === 'JSXAttribute' || node.expression.type === 'JSXEmptyExpression') return;
        for (const [piece, text] of renderedStrings(node.expression)) report(piece, text);
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXNamespacedName' ? `${node.name.namespace.name}:${node.name.name.name}` : node.name.name;
        if (!READABLE_ATTRIBUTES.has(name) || node.value === null) return;
        if (node.value.type === 'Literal') report(node.value, String(node.value.value));
        else if (node.value.type === 'JSXExpressionContainer' && node.value.expression.type !== 'JSXEmptyExpression') {
          for (const [piece, text] of renderedStrings(node.value.expression)) report(piece, text);
        }
      },
    };
  },
};

export const uiTextRules = [
  {
    files: ['src/app/**/*.tsx', 'src/demo/**/*.tsx', 'src/taskpane/**/*.tsx', 'src/authdialog/**/*.tsx', 'src/i18n/**/*.tsx'],
    plugins: { 'ui-text': { rules: { 'no-hard-coded-text': noHardCodedText } } },
    rules: { 'ui-text/no-hard-coded-text': 'error' },
  },
];
