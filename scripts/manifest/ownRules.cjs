/**
 * The manifest rules the schemas cannot express, for both manifest kinds: every URL is HTTPS and,
 * in production, none points at localhost; every page's origin is an AppDomain (XML) / valid
 * domain (unified); every icon served from the add-in's base URL exists under the build folder
 * as a PNG of the declared size; every XML `resid` resolves in its own VersionOverrides (the XSD
 * types resid as a plain string); and, for a build folder (`pagesServed`), every page and script
 * the manifest names under the base URL is a file there (e.g. the safety window's launchevent.html
 * and launchevent.js). Each problem names the element (XML, with its line) or the JSON path.
 */
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { DOMParser } = require('@xmldom/xmldom');

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Width and height of a PNG file, or null when it is not a PNG. */
function pngSize(file) {
  const b = readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length < 24 || signature.some((byte, i) => b[i] !== byte)) return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Checks one URL; `where` names the element or JSON path. */
function urlProblems(value, where, production) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return [{ code: 'URL_INVALID', message: `${where}: "${value}" is not an absolute URL` }];
  }
  const problems = [];
  if (url.protocol !== 'https:') problems.push({ code: 'URL_NOT_HTTPS', message: `${where}: "${value}" must use https` });
  if (production && LOCAL_HOSTS.has(url.hostname))
    problems.push({ code: 'URL_LOCALHOST', message: `${where}: "${value}" points at ${url.hostname} in a production manifest` });
  return problems;
}

/** An icon URL under the base URL must be a file of `size`×`size` pixels under baseDir. */
function iconProblems(value, size, where, { baseUrl, baseDir }) {
  if (!baseUrl || !value.startsWith(`${baseUrl}/`)) return [];
  const relative = value.slice(baseUrl.length + 1).split(/[?#]/)[0];
  const file = join(baseDir, relative);
  if (!existsSync(file)) return [{ code: 'ICON_FILE_MISSING', message: `${where}: ${relative} does not exist under ${baseDir}` }];
  const actual = pngSize(file);
  if (!actual) return [{ code: 'ICON_NOT_PNG', message: `${where}: ${relative} is not a PNG` }];
  if (actual.width !== size || actual.height !== size) {
    return [{ code: 'ICON_WRONG_SIZE', message: `${where}: ${relative} is ${actual.width}×${actual.height}; it must be ${size}×${size}` }];
  }
  return [];
}

/** A page or script under the base URL must be a file under baseDir (a build folder). */
function servedFileProblems(value, where, { baseUrl, baseDir }) {
  if (!baseUrl || !value.startsWith(`${baseUrl}/`)) return [];
  const relative = value.slice(baseUrl.length + 1).split(/[?#]/)[0];
  return existsSync(join(baseDir, relative)) ? [] : [{ code: 'PAGE_FILE_MISSING', message: `${where}: ${relative} does not exist under ${baseDir}` }];
}

const named = (el) => {
  const type = el.getAttribute('xsi:type');
  const id = el.getAttribute('id');
  return `<${el.tagName}${type ? ` xsi:type="${type}"` : ''}${id ? ` id="${id}"` : ''}> (line ${el.lineNumber})`;
};
const all = (root, tag) => Array.from(root.getElementsByTagName(tag));

/** @param {{ production: boolean, baseDir: string, pagesServed?: boolean }} options */
function checkXmlRules(xml, { production, baseDir, pagesServed = false }) {
  const doc = new DOMParser({ onError: () => {} }).parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  const problems = [];
  const taskpane = all(root, 'SourceLocation').find((el) => el.parentNode.tagName === 'DesktopSettings');
  const baseUrl = taskpane ? taskpane.getAttribute('DefaultValue').replace(/\/[^/]*$/, '') : null;
  const context = { baseUrl, baseDir };

  const urlElements = [
    ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'bt:Image', 'bt:Url']
      .flatMap((t) => all(root, t))
      .filter((el) => el.hasAttribute('DefaultValue')),
  ];
  for (const el of urlElements) problems.push(...urlProblems(el.getAttribute('DefaultValue'), named(el), production));
  const appDomains = all(root, 'AppDomain').map((el) => {
    problems.push(...urlProblems(el.textContent.trim(), named(el), production));
    return el.textContent.trim().replace(/\/+$/, '');
  });

  // Pages (not icons) must be on an origin listed in AppDomains.
  for (const el of [...all(root, 'SourceLocation'), ...all(root, 'bt:Url')].filter((e) => e.hasAttribute('DefaultValue'))) {
    let origin;
    try {
      origin = new URL(el.getAttribute('DefaultValue')).origin;
    } catch {
      continue;
    }
    if (!appDomains.includes(origin)) problems.push({ code: 'APPDOMAIN_NOT_COVERED', message: `${named(el)}: origin ${origin} is not listed in <AppDomains>` });
    if (pagesServed) problems.push(...servedFileProblems(el.getAttribute('DefaultValue'), named(el), context));
  }

  const iconUrl = root.getElementsByTagName('IconUrl')[0];
  if (iconUrl) problems.push(...iconProblems(iconUrl.getAttribute('DefaultValue'), 64, named(iconUrl), context));
  const highRes = root.getElementsByTagName('HighResolutionIconUrl')[0];
  if (highRes) problems.push(...iconProblems(highRes.getAttribute('DefaultValue'), 128, named(highRes), context));

  // resid references resolve in the Resources of the innermost enclosing VersionOverrides.
  for (const overrides of all(root, 'VersionOverrides')) {
    const resources = Array.from(overrides.childNodes).find((n) => n.tagName === 'Resources');
    const ids = new Map();
    if (resources) for (const el of Array.from(resources.getElementsByTagName('*'))) if (el.hasAttribute('id')) ids.set(el.getAttribute('id'), el);
    const own = (el) => {
      let p = el.parentNode;
      while (p && p.tagName !== 'VersionOverrides') p = p.parentNode;
      return p === overrides;
    };
    for (const el of Array.from(overrides.getElementsByTagName('*')).filter((e) => e.hasAttribute('resid') && own(e))) {
      const target = ids.get(el.getAttribute('resid'));
      if (!target) {
        problems.push({
          code: 'RESID_UNRESOLVED',
          message: `${named(el)}: resid "${el.getAttribute('resid')}" is not defined in this VersionOverrides' <Resources>`,
        });
      } else if (el.tagName === 'bt:Image' && el.hasAttribute('size')) {
        problems.push(...iconProblems(target.getAttribute('DefaultValue'), Number(el.getAttribute('size')), `${named(el)} → ${named(target)}`, context));
      }
    }
  }
  return problems;
}

/** @param {{ production: boolean, baseDir: string, pagesServed?: boolean }} options */
function checkJsonRules(manifest, { production, baseDir, pagesServed = false }) {
  const problems = [];
  const domains = new Set(manifest.validDomains ?? []);
  const pages = [];
  const urls = [];
  const visit = (value, path) => {
    if (typeof value === 'string' && /^[a-z]+:\/\//i.test(value)) urls.push([value, path]);
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== '$schema') visit(v, `${path}.${k}`);
  };
  visit(manifest, '$');
  for (const [url, path] of urls) problems.push(...urlProblems(url, path, production));
  (manifest.extensions ?? []).forEach((ext, e) =>
    (ext.runtimes ?? []).forEach((rt, r) => {
      if (rt.code?.page) pages.push([rt.code.page, `$.extensions[${e}].runtimes[${r}].code.page`]);
      if (rt.code?.script) pages.push([rt.code.script, `$.extensions[${e}].runtimes[${r}].code.script`]);
    }),
  );
  for (const [page, path] of pages) {
    let host;
    try {
      host = new URL(page).host;
    } catch {
      continue;
    }
    if (!domains.has(host)) problems.push({ code: 'APPDOMAIN_NOT_COVERED', message: `${path}: host ${host} is not listed in $.validDomains` });
  }
  const packageFile = (rel, size, path) => {
    const file = join(baseDir, rel);
    if (!existsSync(file)) return [{ code: 'ICON_FILE_MISSING', message: `${path}: ${rel} does not exist under ${baseDir}` }];
    const actual = pngSize(file);
    if (!actual) return [{ code: 'ICON_NOT_PNG', message: `${path}: ${rel} is not a PNG` }];
    if (actual.width !== size || actual.height !== size)
      return [{ code: 'ICON_WRONG_SIZE', message: `${path}: ${rel} is ${actual.width}×${actual.height}; it must be ${size}×${size}` }];
    return [];
  };
  if (manifest.icons?.color) problems.push(...packageFile(manifest.icons.color, 192, '$.icons.color'));
  if (manifest.icons?.outline) problems.push(...packageFile(manifest.icons.outline, 32, '$.icons.outline'));
  // Ribbon icons ({ size, url }) served from the task pane's folder must have their declared size.
  const baseUrl = pages[0]?.[0].replace(/\/[^/]*$/, '');
  const icons = [];
  const collect = (value, path) => {
    if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      if (typeof value.size === 'number' && typeof value.url === 'string') icons.push([value, path]);
      for (const [k, v] of Object.entries(value)) collect(v, `${path}.${k}`);
    }
  };
  collect(manifest.extensions, '$.extensions');
  for (const [icon, path] of icons) problems.push(...iconProblems(icon.url, icon.size, `${path}.url`, { baseUrl, baseDir }));
  if (pagesServed) for (const [page, path] of pages) problems.push(...servedFileProblems(page, path, { baseUrl, baseDir }));
  return problems;
}

module.exports = { checkXmlRules, checkJsonRules, pngSize };
