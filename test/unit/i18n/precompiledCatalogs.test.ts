import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogTrees } from '../../../scripts/webpack/icuCatalogLoader.cjs';
import { registerCatalog } from '../../../src/i18n/catalogs';
import { en, type MessageKey } from '../../../src/i18n/en';
import { ru } from '../../../src/i18n/ru';
import { createTranslator, type Lang } from '../../../src/i18n/translator';

/*
 * The bundles carry the catalogs as ICU syntax trees and no ICU parser
 * (scripts/webpack/icuCatalogLoader.cjs, webpack.config.js); jest reads the strings. These tests
 * hold the two together: what the pane shows from a tree is what it would show from the string.
 */

const I18N = join(__dirname, '..', '..', '..', 'src', 'i18n');
const strings: Record<Lang, Readonly<Record<MessageKey, string>>> = { en, ru };

function precompiled(lang: Lang) {
  const file = join(I18N, `${lang}.ts`);
  const trees = catalogTrees(readFileSync(file, 'utf8'), file, parse)[lang];
  if (trees === undefined) throw new Error(`${file} exports no "${lang}"`);
  return trees as Record<MessageKey, ReturnType<typeof parse>>;
}

afterEach(() => {
  // Back to the strings test/setup/jest.setup.ts registers, for the tests after these.
  registerCatalog('en', en);
  registerCatalog('ru', ru);
});

describe('precompiled catalogs', () => {
  it.each(['en', 'ru'] as const)('%s: every message is the tree IntlMessageFormat parses its string into', (lang) => {
    const trees = precompiled(lang);
    expect(Object.keys(trees)).toEqual(Object.keys(strings[lang]));
    // As the translator builds a message (src/i18n/translator.ts), from the string.
    const differing = (Object.keys(trees) as MessageKey[]).filter(
      (key) => !isDeepStrictEqual(trees[key], new IntlMessageFormat(strings[lang][key], lang, undefined, { ignoreTag: true }).getAst()),
    );
    expect(differing).toEqual([]);
  });

  it('the pane says the same from the trees: Russian plurals, selects, arguments', () => {
    const said = () => {
      const t = createTranslator('ru');
      return [1, 3, 5, 21].map((count) => t.t('context.recipients', { count })).concat(t.t('overall.partial.title', { certain: 'no', reachable: 2, total: 7 }));
    };
    const fromStrings = said();
    registerCatalog('ru', precompiled('ru'));
    expect(said()).toEqual(fromStrings);
    expect(said()).toEqual(['1 получатель', '3 получателя', '5 получателей', '21 получатель', expect.stringContaining('2')]);
  });

  it('a message that does not parse fails the build, naming its key', () => {
    expect(() => catalogTrees(`export const en = { 'broken.key': '{count, plural, one {#}' };`, '/src/i18n/en.ts', parse)).toThrow(
      /en\.ts: message "broken\.key" does not parse/,
    );
  });

  it('a catalog is data: one that imports something at run time fails the build', () => {
    expect(() => catalogTrees(`import { x } from './x';\nexport const en = { 'a.key': x };`, '/src/i18n/en.ts', parse)).toThrow(
      /imports nothing at run time \(found "\.\/x"\)/,
    );
  });
});
