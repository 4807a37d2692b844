'use strict';
/**
 * Offline checks for the Outlook XML add-in-only manifest (OfficeApp xsi:type="MailApp").
 *
 * Not a full XSD validation (no npm package ships the manifest schemas, and Microsoft's
 * validator is an online service): it checks what we can check exactly, offline — structure and
 * element order as in the schemas, identifiers, resource references, URLs and the icon files.
 * Every problem has a stable `code` (tests key on it) and a message that names the element
 * and its line.
 *
 * CommonJS on purpose: loaded as is by jest, by the .mjs CLI and by webpack config if needed.
 */
const fs = require('node:fs');
const path = require('node:path');
const { DOMParser } = require('@xmldom/xmldom');

const NS = Object.freeze({
  officeApp: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  vo10: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  vo11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
});

/** Every problem code this checker can report. */
const PROBLEM_CODES = Object.freeze([
  'XML_NOT_WELL_FORMED',
  'ROOT_NOT_OFFICEAPP',
  'NOT_MAIL_APP',
  'ELEMENT_MISSING',
  'ELEMENT_ORDER',
  'ELEMENT_DUPLICATE',
  'ELEMENT_UNEXPECTED',
  'ID_NOT_GUID',
  'VERSION_FORMAT',
  'LOCALE_INVALID',
  'STRING_TOO_LONG',
  'VALUE_OUT_OF_RANGE',
  'PERMISSIONS_INVALID',
  'HOST_MISSING',
  'REQUIREMENT_MISSING',
  'REQUIREMENT_TOO_LOW',
  'VERSION_OVERRIDES_MISSING',
  'VERSION_OVERRIDES_TYPE',
  'VERSION_OVERRIDES_V1_1_MISSING',
  'RESOURCE_ID_DUPLICATE',
  'RESOURCE_ID_TOO_LONG',
  'RESOURCE_VALUE_MISSING',
  'RESID_UNRESOLVED',
  'RESID_WRONG_KIND',
  'CONTROL_ID_DUPLICATE',
  'URL_INVALID',
  'URL_NOT_HTTPS',
  'URL_LOCALHOST',
  'ICON_FILE_MISSING',
  'ICON_NOT_PNG',
  'ICON_WRONG_SIZE',
  'APPDOMAIN_NOT_COVERED',
]);

const PERMISSIONS = ['Restricted', 'ReadItem', 'ReadWriteItem', 'ReadWriteMailbox'];
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}(\.\d{1,5}){1,3}$/; // n.n, n.n.n or n.n.n.n
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const LIMITS = { ShortStrings: 125, LongStrings: 250, Urls: 2048, Images: 2048, resid: 32 };
/** Which resource collection a `resid` on each element must point into. */
const RESID_KIND = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Url: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
  Tooltip: 'LongStrings',
};
const RESOURCE_ENTRY = { Images: 'bt:Image', Urls: 'bt:Url', ShortStrings: 'bt:String', LongStrings: 'bt:String' };
/** Minimum Mailbox requirement set each VersionOverrides schema is tied to. */
const VO_MIN_MAILBOX = { VersionOverridesV1_0: '1.3', VersionOverridesV1_1: '1.5' };

/*
 * Element sequences, in schema order. 'X?' optional, 'X*' any number, 'X+' one or more,
 * plain 'X' exactly one; an inner array is a group whose members may come in any order.
 */
const SEQUENCES = {
  // OfficeApp base type, then the MailApp extension (OfficeAppManifest v1.1 schema).
  OfficeApp: [
    'Id', 'AlternateId?', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
    'IconUrl?', 'HighResolutionIconUrl?', 'SupportUrl?', 'AppDomains?', 'Hosts?',
    // Permissions is optional in the XSD, but required for mail add-ins by the docs (and by us).
    'Requirements', 'FormSettings', 'Permissions', 'Rule', 'DisableEntityHighlighting?',
    'VersionOverrides?', 'Signature?',
  ],
  VersionOverridesV1_0: ['Description?', 'Requirements?', 'Hosts', 'Resources?', 'VersionOverrides?'],
  // The order of the elements after Resources is not pinned down here: any order is accepted.
  VersionOverridesV1_1: [
    'Description?', 'Requirements?', 'Hosts', 'Resources',
    ['WebApplicationInfo?', 'EquivalentAddins?', 'ExtendedPermissions?', 'ExtendedOverrides?'],
  ],
  Resources: ['Images?', 'Urls?', 'ShortStrings?', 'LongStrings?'],
  DesktopSettings: ['SourceLocation', 'RequestedHeight'],
  Button: ['OverriddenByRibbonApi?', 'Label', 'Supertip', 'Icon', 'Action', 'Enabled?'],
  Supertip: ['Title', 'Description'],
  Group: ['Label', 'Control+'],
  ShowTaskpaneV1_0: ['SourceLocation'],
  ShowTaskpaneV1_1: ['SourceLocation', ['SupportsPinning?', 'SupportsMultiSelect?', 'SupportsNoItemContext?']],
};

/* ------------------------------------------------------------------ small DOM helpers */

const isElement = (n) => n && n.nodeType === 1;
function elements(parent, localName) {
  const out = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (isElement(n) && (localName === undefined || n.localName === localName)) out.push(n);
  }
  return out;
}
const first = (parent, localName) => elements(parent, localName)[0];
function descendants(parent, predicate, out = []) {
  for (const el of elements(parent)) {
    if (predicate(el)) out.push(el);
    descendants(el, predicate, out);
  }
  return out;
}
/** Attribute value, '' when absent. */
const attr = (el, name) => el.getAttribute(name) ?? '';
const xsiType = (el) => (el.getAttributeNS(NS.xsi, 'type') || '').replace(/^.*:/, '');
const text = (el) => (el ? el.textContent.trim() : '');
const tag = (el) => (el.prefix ? `${el.prefix}:${el.localName}` : el.localName);
/** "<Control id="x"> (line 12)" — how problems name an element. */
function at(el) {
  const id = attr(el, 'id');
  const type = xsiType(el);
  const attrs = `${type ? ` xsi:type="${type}"` : ''}${id ? ` id="${id}"` : ''}`;
  return `<${tag(el)}${attrs}> (line ${el.lineNumber ?? '?'})`;
}

/** Nearest VersionOverrides ancestor (the resource/id scope of an element), or null. */
function scopeOf(el) {
  for (let p = el.parentNode; p && isElement(p); p = p.parentNode) {
    if (p.localName === 'VersionOverrides') return p;
  }
  return null;
}

/* ------------------------------------------------------------------ checking context */

class Checker {
  constructor(options) {
    this.production = Boolean(options.production);
    this.baseDir = options.baseDir;
    this.baseUrl = options.baseUrl;
    this.problems = [];
    this.checks = 0;
  }

  /** Records one check; adds a problem when `ok` is false. Returns `ok`. */
  expect(ok, code, message) {
    this.checks += 1;
    if (!ok) this.problems.push({ code, message });
    return Boolean(ok);
  }

  problem(code, message) {
    return this.expect(false, code, message);
  }
}

function parseSpec(spec) {
  const entries = [];
  spec.forEach((item, rank) => {
    for (const token of Array.isArray(item) ? item : [item]) {
      const m = /^(.+?)([?*+]?)$/.exec(token);
      const q = m[2];
      entries.push({
        name: m[1],
        rank,
        min: q === '?' || q === '*' ? 0 : 1,
        max: q === '*' || q === '+' ? Infinity : 1,
      });
    }
  });
  return entries;
}

/** Children of `parent` must follow `spec` (names, order, counts). */
function checkSequence(c, parent, spec, extra = {}) {
  const entries = parseSpec(spec);
  const counts = new Map();
  let last = null;
  for (const el of elements(parent)) {
    const entry = entries.find((e) => e.name === el.localName);
    if (!entry) {
      c.problem('ELEMENT_UNEXPECTED', extra.unexpected?.(el) ?? `${at(el)} is not allowed in ${at(parent)}.`);
      continue;
    }
    const n = (counts.get(entry.name) ?? 0) + 1;
    counts.set(entry.name, n);
    c.expect(n <= entry.max, 'ELEMENT_DUPLICATE', `${at(el)}: ${at(parent)} may contain only one <${entry.name}>.`);
    if (last && entry.rank < last.entry.rank) {
      c.problem('ELEMENT_ORDER', `${at(el)} must come before <${last.el.localName}> in ${at(parent)} (schema order: ${spec.flat().map((s) => s.replace(/[?*+]$/, '')).join(', ')}).`);
    } else {
      c.expect(true);
      last = { entry, el };
    }
  }
  for (const e of entries) {
    c.expect((counts.get(e.name) ?? 0) >= e.min, 'ELEMENT_MISSING', `${at(parent)} is missing the required element <${e.name}>.`);
  }
}

/* ------------------------------------------------------------------ parsing */

/** Position of the first "&" that does not start a reference, outside comments, CDATA and PIs. */
function findBareAmpersand(source) {
  const blanked = source.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g, (m) => m.replace(/[^\n]/g, ' '));
  const m = /&(?!(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);)/.exec(blanked);
  if (!m) return null;
  const before = source.slice(0, m.index);
  const line = before.split('\n').length;
  return { line, column: m.index - before.lastIndexOf('\n') };
}

function parse(c, xmlText) {
  const source = String(xmlText).replace(/^\uFEFF/, '');
  const errors = [];
  const onError = (level, message, context) => {
    const loc = context && context.locator ? { line: context.locator.lineNumber, column: context.locator.columnNumber } : {};
    errors.push({ level, message: String(message).trim(), ...loc });
  };
  let doc = null;
  try {
    doc = new DOMParser({ onError, locator: true }).parseFromString(source, 'application/xml');
  } catch (e) {
    const loc = e && e.locator ? { line: e.locator.lineNumber, column: e.locator.columnNumber } : {};
    if (!errors.some((x) => x.level === 'fatalError')) errors.push({ level: 'fatalError', message: String(e && e.message), ...loc });
  }
  // xmldom lets a bare "&" through; XML does not.
  const bareAmp = findBareAmpersand(source);
  if (bareAmp) errors.push({ level: 'error', message: 'unescaped "&" (write &amp;)', ...bareAmp });
  errors.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
  const err = errors[0];
  if (err || !doc || !doc.documentElement) {
    const where = err && err.line ? `line ${err.line}, column ${err.column ?? '?'}` : 'at the start of the document';
    c.problem('XML_NOT_WELL_FORMED', `The manifest is not well-formed XML: ${where}: ${err ? err.message : 'no root element'}.`);
    return null;
  }
  c.expect(true);
  return doc;
}

/* ------------------------------------------------------------------ the checks */

function checkRoot(c, root) {
  const isOfficeApp = root.localName === 'OfficeApp' && root.namespaceURI === NS.officeApp;
  if (!c.expect(isOfficeApp, 'ROOT_NOT_OFFICEAPP', `The root element is ${at(root)} in namespace "${root.namespaceURI ?? ''}"; expected <OfficeApp xmlns="${NS.officeApp}">.`)) return false;
  return c.expect(xsiType(root) === 'MailApp', 'NOT_MAIL_APP', `${at(root)} must have xsi:type="MailApp" (an Outlook add-in); found "${xsiType(root)}".`);
}

function checkBasics(c, root) {
  checkSequence(c, root, SEQUENCES.OfficeApp);

  const id = first(root, 'Id');
  if (id) c.expect(GUID.test(text(id)), 'ID_NOT_GUID', `${at(id)} must be a GUID like 00000000-0000-0000-0000-000000000000; found "${text(id)}".`);
  const version = first(root, 'Version');
  if (version) c.expect(VERSION.test(text(version)), 'VERSION_FORMAT', `${at(version)} must be n.n, n.n.n or n.n.n.n (up to 5 digits each); found "${text(version)}".`);
  const locale = first(root, 'DefaultLocale');
  if (locale) c.expect(LOCALE.test(text(locale)), 'LOCALE_INVALID', `${at(locale)} is not a culture name like en-US; found "${text(locale)}".`);
  const provider = first(root, 'ProviderName');
  if (provider) c.expect(text(provider).length >= 1 && text(provider).length <= 125, 'STRING_TOO_LONG', `${at(provider)} must be 1–125 characters.`);
  for (const [name, max] of [['DisplayName', 125], ['Description', 250]]) {
    const el = first(root, name);
    if (el) checkLocaleAware(c, el, max);
  }

  const permissions = first(root, 'Permissions');
  if (permissions) c.expect(PERMISSIONS.includes(text(permissions)), 'PERMISSIONS_INVALID', `${at(permissions)} must be one of ${PERMISSIONS.join(', ')}; found "${text(permissions)}".`);

  const hosts = first(root, 'Hosts');
  if (hosts) c.expect(elements(hosts, 'Host').some((h) => attr(h, 'Name') === 'Mailbox'), 'HOST_MISSING', `${at(hosts)} must contain <Host Name="Mailbox"/>.`);

  const requirements = first(root, 'Requirements');
  if (requirements) {
    const sets = first(requirements, 'Sets');
    const mailbox = sets && elements(sets, 'Set').find((s) => attr(s, 'Name').toLowerCase() === 'mailbox');
    c.expect(Boolean(mailbox), 'REQUIREMENT_MISSING', `${at(requirements)} must contain <Sets><Set Name="Mailbox" MinVersion="1.1"/></Sets>.`);
  }

  checkFormSettings(c, root);
}

/** DisplayName / Description: DefaultValue plus locale overrides, with a length limit. */
function checkLocaleAware(c, el, max) {
  const value = attr(el, 'DefaultValue');
  c.expect(value.length >= 1 && value.length <= max, 'STRING_TOO_LONG', `${at(el)} DefaultValue must be 1–${max} characters; it has ${value.length}.`);
  for (const o of elements(el, 'Override')) {
    c.expect(LOCALE.test(attr(o, 'Locale')), 'LOCALE_INVALID', `${at(o)} in <${el.localName}> has Locale "${attr(o, 'Locale')}", not a culture name like ru-RU.`);
    const v = attr(o, 'Value');
    c.expect(v.length >= 1 && v.length <= max, 'STRING_TOO_LONG', `${at(o)} in <${el.localName}> (${attr(o, 'Locale')}) must be 1–${max} characters; it has ${v.length}.`);
  }
}

/** The default (ItemRead) form: its SourceLocation is the add-in's home page and origin. */
function defaultForm(root) {
  const formSettings = first(root, 'FormSettings');
  const form = formSettings && elements(formSettings, 'Form').find((f) => xsiType(f) === 'ItemRead');
  const desktop = form && first(form, 'DesktopSettings');
  const source = desktop && first(desktop, 'SourceLocation');
  return { formSettings, form, desktop, source, url: source ? attr(source, 'DefaultValue') : '' };
}

function checkFormSettings(c, root) {
  const { formSettings, form, desktop } = defaultForm(root);
  if (!formSettings) return; // reported by the sequence check
  if (!c.expect(Boolean(form), 'ELEMENT_MISSING', `${at(formSettings)} must contain <Form xsi:type="ItemRead">.`)) return;
  if (!c.expect(Boolean(desktop), 'ELEMENT_MISSING', `${at(form)} must contain <DesktopSettings>.`)) return;
  checkSequence(c, desktop, SEQUENCES.DesktopSettings);
  const height = first(desktop, 'RequestedHeight');
  if (height) {
    const h = Number(text(height));
    c.expect(Number.isInteger(h) && h >= 32 && h <= 450, 'VALUE_OUT_OF_RANGE', `${at(height)} must be a whole number from 32 to 450; found "${text(height)}".`);
  }
}

/** Returns the VersionOverrides scopes found: [{ el, type }]. */
function checkVersionOverrides(c, root) {
  const scopes = [];
  const vo10 = first(root, 'VersionOverrides');
  if (!c.expect(Boolean(vo10), 'VERSION_OVERRIDES_MISSING', `${at(root)} has no <VersionOverrides xsi:type="VersionOverridesV1_0"> (needed for the ribbon button).`)) return scopes;
  const ok10 = c.expect(
    xsiType(vo10) === 'VersionOverridesV1_0' && vo10.namespaceURI === NS.vo10,
    'VERSION_OVERRIDES_TYPE',
    `${at(vo10)} must be xsi:type="VersionOverridesV1_0" in namespace ${NS.vo10}; found xsi:type="${xsiType(vo10)}" in "${vo10.namespaceURI ?? ''}".`,
  );
  if (!ok10) return scopes;
  scopes.push({ el: vo10, type: 'VersionOverridesV1_0' });
  checkSequence(c, vo10, SEQUENCES.VersionOverridesV1_0);

  const vo11 = first(vo10, 'VersionOverrides');
  if (c.expect(Boolean(vo11), 'VERSION_OVERRIDES_V1_1_MISSING', `${at(vo10)} must contain a nested <VersionOverrides xsi:type="VersionOverridesV1_1"> (Mailbox 1.5: pinnable task pane).`)) {
    const ok11 = c.expect(
      xsiType(vo11) === 'VersionOverridesV1_1' && vo11.namespaceURI === NS.vo11,
      'VERSION_OVERRIDES_TYPE',
      `${at(vo11)} must be xsi:type="VersionOverridesV1_1" in namespace ${NS.vo11}; found xsi:type="${xsiType(vo11)}" in "${vo11.namespaceURI ?? ''}".`,
    );
    if (ok11) {
      scopes.push({ el: vo11, type: 'VersionOverridesV1_1' });
      checkSequence(c, vo11, SEQUENCES.VersionOverridesV1_1);
    }
  }

  for (const scope of scopes) checkScope(c, scope);
  return scopes;
}

function checkScope(c, scope) {
  const { el: vo, type } = scope;
  const own = (pred) => descendants(vo, (el) => pred(el) && scopeOf(el) === vo);

  // Requirements: at least the Mailbox version this schema is tied to.
  const req = first(vo, 'Requirements');
  const sets = req && first(req, 'Sets');
  if (sets) {
    const mailbox = elements(sets, 'Set').find((s) => attr(s, 'Name').toLowerCase() === 'mailbox');
    const version = (mailbox && attr(mailbox, 'MinVersion')) || attr(sets, 'DefaultMinVersion');
    if (c.expect(Boolean(mailbox), 'REQUIREMENT_MISSING', `${at(sets)} in ${type} must name the Mailbox requirement set.`)) {
      c.expect(compareVersions(version, VO_MIN_MAILBOX[type]) >= 0, 'REQUIREMENT_TOO_LOW', `${at(sets)} in ${type} requires Mailbox ${version || '(none)'}; ${type} needs Mailbox ${VO_MIN_MAILBOX[type]} or later.`);
    }
  }

  const hosts = first(vo, 'Hosts');
  if (hosts) c.expect(elements(hosts, 'Host').some((h) => xsiType(h) === 'MailHost'), 'HOST_MISSING', `${at(hosts)} in ${type} must contain <Host xsi:type="MailHost">.`);

  // Structure of the controls.
  for (const control of own((el) => el.localName === 'Control' && xsiType(el) === 'Button')) checkSequence(c, control, SEQUENCES.Button);
  for (const tip of own((el) => el.localName === 'Supertip')) checkSequence(c, tip, SEQUENCES.Supertip);
  for (const group of own((el) => el.localName === 'Group')) checkSequence(c, group, SEQUENCES.Group);
  for (const action of own((el) => el.localName === 'Action' && xsiType(el) === 'ShowTaskpane')) {
    const spec = type === 'VersionOverridesV1_1' ? SEQUENCES.ShowTaskpaneV1_1 : SEQUENCES.ShowTaskpaneV1_0;
    checkSequence(c, action, spec, {
      unexpected: (el) =>
        el.localName === 'SupportsPinning'
          ? `${at(el)} is only valid in VersionOverridesV1_1; it is inside ${at(vo)}.`
          : `${at(el)} is not allowed in ${at(action)} of ${type}.`,
    });
  }

  // Resources: unique, short ids; values present and within limits.
  scope.resources = collectResources(c, vo, type);

  // Every resid resolves, to the right kind of resource.
  for (const ref of own((el) => el.hasAttribute('resid'))) {
    const resid = attr(ref, 'resid');
    const want = RESID_KIND[ref.localName];
    c.expect(resid.length >= 1 && resid.length <= LIMITS.resid, 'RESOURCE_ID_TOO_LONG', `${at(ref)} in ${type}: resid "${resid}" must be 1–${LIMITS.resid} characters.`);
    const found = scope.resources.get(resid);
    if (!c.expect(Boolean(found), 'RESID_UNRESOLVED', `${at(ref)} in ${type}: resid "${resid}" does not match any ${want ? `${RESOURCE_ENTRY[want]} in <${want}>` : 'resource'} of this VersionOverrides' <Resources>.`)) continue;
    if (want) c.expect(found.kind === want, 'RESID_WRONG_KIND', `${at(ref)} in ${type}: resid "${resid}" is a ${RESOURCE_ENTRY[found.kind]} in <${found.kind}> (line ${found.el.lineNumber}), but <${ref.localName}> needs an entry of <${want}>.`);
  }

  // Group, control, custom tab and menu item ids are unique (within this VersionOverrides).
  const seen = new Map();
  for (const el of own((e) => ['Group', 'Control', 'CustomTab', 'Item'].includes(e.localName) && e.hasAttribute('id'))) {
    const id = attr(el, 'id');
    const prev = seen.get(id);
    c.expect(!prev, 'CONTROL_ID_DUPLICATE', `${at(el)} in ${type}: id "${id}" is already used by ${prev ? at(prev) : ''}.`);
    if (!prev) seen.set(id, el);
  }
}

function collectResources(c, vo, type) {
  const map = new Map();
  const resources = first(vo, 'Resources');
  if (!resources) return map;
  checkSequence(c, resources, SEQUENCES.Resources);
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    const group = first(resources, kind);
    if (!group) continue;
    for (const entry of elements(group)) {
      const id = attr(entry, 'id');
      c.expect(id.length >= 1 && id.length <= LIMITS.resid, 'RESOURCE_ID_TOO_LONG', `${at(entry)} in <${kind}> of ${type}: id "${id}" must be 1–${LIMITS.resid} characters (it has ${id.length}).`);
      const prev = map.get(id);
      c.expect(!prev, 'RESOURCE_ID_DUPLICATE', `${at(entry)} in <${kind}> of ${type}: id "${id}" is already defined by ${prev ? at(prev.el) : ''} in <${prev ? prev.kind : ''}>.`);
      if (!prev) map.set(id, { kind, el: entry });
      const value = attr(entry, 'DefaultValue');
      if (c.expect(value.length > 0, 'RESOURCE_VALUE_MISSING', `${at(entry)} in <${kind}> of ${type} has no DefaultValue.`)) {
        c.expect(value.length <= LIMITS[kind], 'STRING_TOO_LONG', `${at(entry)} in <${kind}> of ${type}: DefaultValue has ${value.length} characters; at most ${LIMITS[kind]} allowed.`);
      }
      for (const o of elements(entry, 'Override')) {
        const v = attr(o, 'Value');
        c.expect(LOCALE.test(attr(o, 'Locale')), 'LOCALE_INVALID', `${at(o)} of ${at(entry)} has Locale "${attr(o, 'Locale')}", not a culture name like ru-RU.`);
        c.expect(v.length >= 1 && v.length <= LIMITS[kind], 'STRING_TOO_LONG', `${at(o)} (${attr(o, 'Locale')}) of ${at(entry)} must be 1–${LIMITS[kind]} characters; it has ${v.length}.`);
      }
    }
  }
  return map;
}

function compareVersions(a, b) {
  const pa = String(a).split('.').map(Number);
  const pb = String(b).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (Number.isNaN(d)) return -1;
    if (d) return d;
  }
  return 0;
}

/* ------------------------------------------------------------------ URLs, icons, domains */

/**
 * Every URL in the manifest: [{ value, where, size, appDomain? }]. `size` is undefined for a
 * non-icon URL, the expected width/height for an icon, or null for an image nobody references.
 */
function collectUrls(root, scopes) {
  const urls = [];
  const add = (el, size, label = at(el)) => {
    if (el.hasAttribute('DefaultValue')) urls.push({ value: attr(el, 'DefaultValue'), where: `${label} DefaultValue`, size });
    for (const o of elements(el, 'Override')) urls.push({ value: attr(o, 'Value'), where: `${label} Override ${attr(o, 'Locale')}`, size });
  };
  const iconUrl = first(root, 'IconUrl');
  if (iconUrl) add(iconUrl, 64);
  const hiRes = first(root, 'HighResolutionIconUrl');
  if (hiRes) add(hiRes, 128);
  const support = first(root, 'SupportUrl');
  if (support) add(support);
  const formSettings = first(root, 'FormSettings');
  for (const loc of formSettings ? descendants(formSettings, (el) => el.localName === 'SourceLocation') : []) add(loc);
  const appDomains = first(root, 'AppDomains');
  for (const d of appDomains ? elements(appDomains, 'AppDomain') : []) urls.push({ value: text(d), where: at(d), appDomain: true });

  for (const scope of scopes) {
    const resources = scope.resources || new Map();
    // Declared sizes: from each <bt:Image size=".." resid=".."> inside an <Icon>.
    const sizes = new Map();
    for (const ref of descendants(scope.el, (el) => el.localName === 'Image' && el.hasAttribute('resid') && scopeOf(el) === scope.el)) {
      const list = sizes.get(attr(ref, 'resid')) || [];
      list.push(Number(attr(ref, 'size')));
      sizes.set(attr(ref, 'resid'), list);
    }
    for (const [id, { kind, el }] of resources) {
      if (kind !== 'Images' && kind !== 'Urls') continue;
      const label = `${at(el)} in ${scope.type}`;
      if (kind === 'Images') for (const size of sizes.get(id) || [undefined]) add(el, size ?? null, label);
      else add(el, undefined, label);
    }
  }
  return urls;
}

const LOCAL_HOSTS = /^(localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|.*\.localhost)$/i;

function checkUrls(c, urls) {
  const seen = new Set();
  for (const u of urls) {
    const key = `${u.where}|${u.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let url = null;
    try {
      url = new URL(u.value);
    } catch {
      url = null;
    }
    // "contoso.com:443" parses as a URL with scheme "contoso.com:", so require a web scheme too.
    const web = url && (url.protocol === 'https:' || url.protocol === 'http:');
    if (!c.expect(web, 'URL_INVALID', `${u.where}: "${u.value}" is not an absolute https URL${u.appDomain ? ' (an AppDomain needs its scheme, e.g. https://contoso.com)' : ''}.`)) continue;
    c.expect(url.protocol === 'https:', 'URL_NOT_HTTPS', `${u.where}: "${u.value}" must use https.`);
    if (c.production) c.expect(!LOCAL_HOSTS.test(url.hostname), 'URL_LOCALHOST', `${u.where}: "${u.value}" points at ${url.hostname}; a production manifest must use the deployed host.`);
  }
}

function readPngSize(file) {
  const buf = fs.readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buf.length < 24 || signature.some((b, i) => buf[i] !== b) || buf.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Icons served from the add-in's own base URL must exist under baseDir, as PNGs of the declared size. */
function checkIconFiles(c, urls, base) {
  if (!c.baseDir || !base) return;
  const root = path.resolve(c.baseDir);
  const done = new Set();
  for (const u of urls) {
    if (u.size === undefined) continue; // not an icon
    let url;
    try {
      url = new URL(u.value);
    } catch {
      continue; // reported by checkUrls
    }
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) continue; // hosted elsewhere: cannot check offline
    const rel = decodeURIComponent(url.pathname.slice(base.pathname.length));
    const file = path.resolve(root, rel);
    const key = `${file}|${u.size}`;
    if (done.has(key)) continue;
    done.add(key);
    const shown = path.relative(process.cwd(), file) || file;
    if (!c.expect(file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile(), 'ICON_FILE_MISSING', `${u.where}: "${u.value}" maps to ${shown}, which does not exist.`)) continue;
    const dims = readPngSize(file);
    if (!c.expect(Boolean(dims), 'ICON_NOT_PNG', `${u.where}: ${shown} is not a PNG file.`)) continue;
    if (u.size !== null && Number.isFinite(u.size)) {
      c.expect(dims.width === u.size && dims.height === u.size, 'ICON_WRONG_SIZE', `${u.where}: ${shown} is ${dims.width}×${dims.height}; it must be ${u.size}×${u.size}.`);
    }
  }
}

function originOf(value) {
  try {
    const { origin } = new URL(value);
    return origin === 'null' ? null : origin; // non-web schemes have an opaque origin
  } catch {
    return null;
  }
}

/** Each task pane page must be on the default form's origin or on an AppDomain. */
function checkTaskpaneDomains(c, root, scopes) {
  const formOrigin = originOf(defaultForm(root).url);
  const appDomains = first(root, 'AppDomains');
  const allowed = new Set([formOrigin]);
  for (const d of appDomains ? elements(appDomains, 'AppDomain') : []) {
    const o = originOf(text(d)) || originOf(`https://${text(d)}`);
    if (o) allowed.add(o);
  }
  for (const scope of scopes) {
    const actions = descendants(scope.el, (el) => el.localName === 'Action' && xsiType(el) === 'ShowTaskpane' && scopeOf(el) === scope.el);
    for (const action of actions) {
      const loc = first(action, 'SourceLocation');
      const res = loc && scope.resources && scope.resources.get(attr(loc, 'resid'));
      if (!res || res.kind !== 'Urls') continue; // reported as an unresolved resid
      const values = [attr(res.el, 'DefaultValue'), ...elements(res.el, 'Override').map((o) => attr(o, 'Value'))];
      for (const value of values) {
        const origin = originOf(value);
        if (!origin) continue; // reported by checkUrls
        c.expect(allowed.has(origin), 'APPDOMAIN_NOT_COVERED', `${at(loc)} in ${scope.type}: the task pane "${value}" is on ${origin}, which is neither the origin of the ItemRead form (${formOrigin}) nor listed in <AppDomains>.`);
      }
    }
  }
}

/* ------------------------------------------------------------------ entry points */

/**
 * Runs every check. Options: production (https and no localhost), baseDir (folder the add-in's
 * base URL is served from, for the icon files; omit to skip file checks), baseUrl (defaults to
 * the folder of the ItemRead form's SourceLocation).
 */
function runManifestChecks(xmlText, options = {}) {
  const c = new Checker(options);
  const doc = parse(c, xmlText);
  if (doc && checkRoot(c, doc.documentElement)) {
    const root = doc.documentElement;
    checkBasics(c, root);
    const scopes = checkVersionOverrides(c, root);
    const urls = collectUrls(root, scopes);
    checkUrls(c, urls);
    let base = null;
    try {
      base = new URL(c.baseUrl || './', c.baseUrl ? undefined : defaultForm(root).url || undefined);
    } catch {
      base = null;
    }
    checkIconFiles(c, urls, base);
    checkTaskpaneDomains(c, root, scopes);
  }
  return { problems: c.problems, checks: c.checks };
}

function checkManifest(xmlText, options = {}) {
  return runManifestChecks(xmlText, options).problems;
}

module.exports = { checkManifest, runManifestChecks, PROBLEM_CODES };
