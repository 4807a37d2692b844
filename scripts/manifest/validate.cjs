/**
 * Offline validation of both manifests. XML: the add-in manifest XSDs vendored in ./xsd (see its
 * README.md) through xmllint-wasm, then ownRules.cjs. Unified JSON: the schemas that
 * @microsoft/app-manifest bundles (manifest and localization files), then ownRules.cjs.
 * Every problem is { code, message }, the message naming the element (and line) or JSON path.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { createRequire } = require('node:module');

// The same AJV (draft-04) and formats @microsoft/app-manifest validates with, taken from its own
// dependencies; `unicodeRegExp: false` because the bundled localization schema has patterns
// (e.g. "\\b]") that are valid ECMAScript regexps only without the u flag.
const fromAppManifest = createRequire(require.resolve('@microsoft/app-manifest'));
const Ajv = fromAppManifest('ajv-draft-04');
const addFormats = fromAppManifest('ajv-formats');
const { validateXML } = require('xmllint-wasm');
const { checkXmlRules, checkJsonRules } = require('./ownRules.cjs');

const XSD_DIR = join(__dirname, 'xsd');
const ROOT_XSD = 'OfficeAppManifestV1_1.xsd';
const IMPORTED_XSDS = ['MailAppVersionOverridesV1_0.xsd', 'MailAppVersionOverridesV1_1.xsd', 'OfficeAppBasicTypesV1_0.xsd'];
const xsd = (fileName) => ({ fileName, contents: readFileSync(join(XSD_DIR, fileName), 'utf8') });

/** "Element '{ns}Name': …" → "Element <Name>: …" so messages name elements as the manifest spells them. */
const shortenNamespaces = (message) => message.replace(/\{[^}]*\}/g, '').replace(/Element '([^']+)'/g, 'Element <$1>');

/** @returns {Promise<Array<{ code: string, message: string }>>} */
async function validateXml(xml, { production, baseDir, pagesServed = false }) {
  const result = await validateXML({ xml: [{ fileName: 'manifest.xml', contents: xml }], schema: [xsd(ROOT_XSD)], preload: IMPORTED_XSDS.map(xsd) });
  if (!result.valid) {
    return result.errors.map((e) => ({ code: 'XSD', message: `line ${e.loc?.lineNumber ?? '?'}: ${shortenNamespaces(e.message)}` }));
  }
  return checkXmlRules(xml, { production, baseDir, pagesServed });
}

const SCHEMA_DIR = join(require.resolve('@microsoft/app-manifest/package.json'), '..', 'build', 'json-schemas', 'teams');
const schema = (version, file) => JSON.parse(readFileSync(join(SCHEMA_DIR, `v${version}`, file), 'utf8'));

const compiled = new Map();
function schemaProblems(value, version, file, where) {
  const key = `${version}/${file}`;
  if (!compiled.has(key)) {
    const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    compiled.set(key, ajv.compile(schema(version, file)));
  }
  const validate = compiled.get(key);
  if (validate(value)) return [];
  return validate.errors.map((e) => ({
    code: 'JSON_SCHEMA',
    message: `${where}${e.instancePath.replace(/\/(\d+)(?=\/|$)/g, '[$1]').replace(/\//g, '.')}: ${e.message}${e.params?.additionalProperty ? ` "${e.params.additionalProperty}"` : ''}`,
  }));
}

/**
 * @param {object} manifest parsed manifest.json
 * @param {Record<string, object>} localizations file name → parsed localization file
 */
async function validateJson(manifest, localizations, { production, baseDir, pagesServed = false }) {
  const version = manifest.manifestVersion;
  let problems;
  try {
    problems = schemaProblems(manifest, version, 'MicrosoftTeams.schema.json', '$');
    for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
      const strings = localizations[file];
      if (!strings) problems.push({ code: 'LOCALIZATION_MISSING', message: `$.localizationInfo.additionalLanguages: ${file} is missing` });
      else problems.push(...schemaProblems(strings, version, 'MicrosoftTeams.Localization.schema.json', `${file} $`));
    }
  } catch (error) {
    return [{ code: 'JSON_SCHEMA', message: `$.manifestVersion: no bundled schema for "${version}" (${error.code ?? error.message})` }];
  }
  return problems.length ? problems : checkJsonRules(manifest, { production, baseDir, pagesServed });
}

module.exports = { validateXml, validateJson };
