/*
 * Webpack loader for the i18n catalogs (src/i18n/en.ts, ru.ts): each message is handed on as the
 * ICU syntax tree intl-messageformat would parse it into at run time, so the bundles carry no
 * ICU parser (webpack.config.js aliases it to formatjs' `no-parser` with `icuParserFree`) and the
 * pane parses no message before its first render. Node (jest, scripts) keeps reading the strings.
 *
 * The trees come from the parser intl-messageformat itself depends on, with the options it hands
 * that parser: the translator's `ignoreTag: true` (src/i18n/translator.ts) and the locale
 * IntlMessageFormat resolves from the language. A message that does not parse fails the build.
 */
const { basename, dirname } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');
const { transformSync } = require('@swc/core');

const formatjsDir = dirname(require.resolve('intl-messageformat'));
const parserPath = require.resolve('@formatjs/icu-messageformat-parser', { paths: [formatjsDir] });

/** Resolve aliases for a build whose catalogs all pass through this loader. */
const icuParserFree = {
  '@formatjs/icu-messageformat-parser$': require.resolve('@formatjs/icu-messageformat-parser/no-parser.js', { paths: [formatjsDir] }),
};

/** The catalog module's exports: it is data, so it may import nothing at run time. */
function evaluate(source, file) {
  const { code } = transformSync(source, { filename: file, jsc: { parser: { syntax: 'typescript' }, target: 'es2020' }, module: { type: 'commonjs' } });
  const module = { exports: {} };
  const require = (id) => {
    throw new Error(`${file}: a catalog imports nothing at run time (found "${id}")`);
  };
  vm.runInNewContext(code, { module, exports: module.exports, require }, { filename: file });
  return module.exports;
}

/** Each exported catalog of the module (`en`, `ru`), every message as its syntax tree. */
function catalogTrees(source, file, parse) {
  const locale = new Intl.Locale(basename(file).split('.')[0]);
  return Object.fromEntries(
    Object.entries(evaluate(source, file)).map(([name, catalog]) => [
      name,
      Object.fromEntries(
        Object.entries(catalog).map(([key, message]) => {
          try {
            return [key, parse(message, { ignoreTag: true, locale })];
          } catch (error) {
            throw new Error(`${file}: message "${key}" does not parse: ${error.message}`);
          }
        }),
      ),
    ]),
  );
}

function icuCatalogLoader(source) {
  const done = this.async();
  const file = this.resourcePath;
  import(pathToFileURL(parserPath).href)
    .then(({ parse }) => {
      // JSON.parse of a string literal: the quickest way for a browser to read a large object literal.
      const lines = Object.entries(catalogTrees(source, file, parse)).map(
        ([name, trees]) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(trees))});`,
      );
      done(null, `${lines.join('\n')}\n`);
    })
    .catch(done);
}

module.exports = icuCatalogLoader;
module.exports.icuParserFree = icuParserFree;
module.exports.catalogTrees = catalogTrees;
