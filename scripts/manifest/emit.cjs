/**
 * The files both manifests are made of, for one base URL: manifest.xml, manifest.json and its
 * localization files. Used by `npm run manifests` (repo root, development URLs) and by the
 * webpack build (dist/, ADDIN_BASE_URL).
 */
const { readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { renderXml } = require('./renderXml.cjs');
const { renderJson, GUID } = require('./renderJson.cjs');

/** The Entra client id for webApplicationInfo: ADDIN_CLIENT_ID, else config.json's auth.clientId. */
function clientIdFrom(repoRoot, env = process.env) {
  const fromEnv = env.ADDIN_CLIENT_ID;
  const configFile = join(repoRoot, 'config.json');
  const fromConfig = existsSync(configFile) ? JSON.parse(readFileSync(configFile, 'utf8')).auth?.clientId : undefined;
  const id = fromEnv || fromConfig || null;
  if (id && !GUID.test(id)) throw new Error(`client id "${id}" (ADDIN_CLIENT_ID or config.json auth.clientId) is not a GUID`);
  return id;
}

/**
 * The unified manifest's app package (what the Microsoft 365 admin center's Integrated apps and
 * Teams/Agents Toolkit sideloading take): manifest.json, its localization files and the two app
 * icons it names by relative path.
 */
function appPackage(files, repoRoot) {
  const AdmZip = require('adm-zip');
  const zip = new AdmZip();
  const manifest = JSON.parse(files['manifest.json']);
  for (const [name, contents] of Object.entries(files)) if (name.endsWith('.json')) zip.addFile(name, Buffer.from(contents));
  for (const icon of [manifest.icons.color, manifest.icons.outline]) zip.addFile(icon, readFileSync(join(repoRoot, icon)));
  return zip.toBuffer();
}

/** @returns {Record<string, string>} file name → contents */
function manifestFiles(baseUrl, { clientId = null } = {}) {
  const { manifest, localizations } = renderJson(baseUrl, { clientId });
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'manifest.xml': renderXml(baseUrl),
    'manifest.json': json(manifest),
    ...Object.fromEntries(Object.entries(localizations).map(([file, strings]) => [file, json(strings)])),
  };
}

module.exports = { manifestFiles, clientIdFrom, appPackage, APP_PACKAGE: 'recall-assistant-app-package.zip' };
