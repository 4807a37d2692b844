/**
 * @jest-environment node
 *
 * Both manifests come from scripts/manifest/source.cjs and are validated offline: XML against the
 * vendored add-in manifest XSDs (xmllint-wasm) plus our own rules, the unified JSON against the
 * schemas @microsoft/app-manifest bundles plus the same rules. A broken manifest of each kind
 * must fail with a message naming the element (XML, with its line) or the JSON path.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AdmZip from 'adm-zip';
import { appPackage, manifestFiles, clientIdFrom } from '../../scripts/manifest/emit.cjs';
import { addin, DEV_BASE_URL } from '../../scripts/manifest/source.cjs';
import { validateJson, validateXml, type ValidationOptions } from '../../scripts/manifest/validate.cjs';

const repoRoot = resolve(__dirname, '../..');
const dev: ValidationOptions = { production: false, baseDir: repoRoot };
const prod: ValidationOptions = { production: true, baseDir: repoRoot };
const committed = (name: string) => readFileSync(join(repoRoot, name), 'utf8');
const CLIENT_ID = '0b8a3c4e-1d2f-4a5b-9c6d-7e8f90a1b2c3';
const devFiles = manifestFiles(DEV_BASE_URL);
const prodFiles = manifestFiles('https://recall.contoso.com/addin', { clientId: CLIENT_ID });
const xml = committed('manifest.xml');

/** Replaces `from` (which must be present) in the XML. */
function edit(source: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? source.includes(from) : from.test(source);
  if (!found) throw new Error(`test fixture out of date: ${String(from)} not in manifest.xml`);
  return source.replace(from, to);
}

interface ParsedManifests {
  manifest: Record<string, unknown> & { extensions: Array<Record<string, unknown>> };
  localizations: Record<string, Record<string, string>>;
}
function parsed(files: Record<string, string>): ParsedManifests {
  const manifest = JSON.parse(files['manifest.json'] ?? '{}') as ParsedManifests['manifest'];
  const localizations = Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => /^manifest\.[a-z]{2}-[A-Z]{2}\.json$/.test(name))
      .map(([name, contents]) => [name, JSON.parse(contents) as Record<string, string>]),
  );
  return { manifest, localizations };
}

describe('one source of truth', () => {
  it('the committed manifest.xml, manifest.json and manifest.ru-RU.json are what source.cjs renders (npm run manifests)', () => {
    expect(Object.keys(devFiles).sort()).toEqual(['manifest.json', 'manifest.ru-RU.json', 'manifest.xml']);
    for (const [name, contents] of Object.entries(devFiles)) expect(committed(name)).toBe(contents);
  });

  it('carries the same id, version, names and ru-RU strings in both manifests', () => {
    const { manifest, localizations } = parsed(devFiles);
    expect(manifest['id']).toBe(addin.id);
    expect(xml).toContain(`<Id>${addin.id}</Id>`);
    expect(xml).toContain(`<Version>${addin.version}.0</Version>`);
    expect(manifest['version']).toBe(addin.version);
    const ru = Object.values(localizations['manifest.ru-RU.json'] ?? {});
    for (const text of [addin.name['ru-RU'], addin.description['ru-RU'], addin.buttonLabel['ru-RU'], addin.buttonTooltip['ru-RU']]) {
      expect(xml).toContain(`Value="${text}"`);
      expect(ru).toContain(text);
    }
  });

  it('rewrites every URL of both manifests to the build base URL and names the client id only when one is configured', () => {
    for (const contents of Object.values(prodFiles)) expect(contents).not.toContain('localhost');
    expect(prodFiles['manifest.xml']).toContain('<SourceLocation DefaultValue="https://recall.contoso.com/addin/taskpane.html"/>');
    expect(parsed(prodFiles).manifest['webApplicationInfo']).toEqual({ id: CLIENT_ID });
    expect(parsed(devFiles).manifest['webApplicationInfo']).toBeUndefined();
    expect(clientIdFrom(repoRoot, { ADDIN_CLIENT_ID: CLIENT_ID })).toBe(CLIENT_ID);
    expect(() => clientIdFrom(repoRoot, { ADDIN_CLIENT_ID: 'not-a-guid' })).toThrow(/not a GUID/);
  });
});

describe('the unified app package (admin center upload)', () => {
  it('holds the built manifest.json, its ru-RU strings and the two app icons it names', () => {
    const zip = new AdmZip(appPackage(prodFiles, repoRoot));
    const names = zip
      .getEntries()
      .map((e) => e.entryName)
      .sort();
    expect(names).toEqual(['assets/icon-192.png', 'assets/icon-outline-32.png', 'manifest.json', 'manifest.ru-RU.json']);
    expect(zip.readAsText('manifest.json')).toBe(prodFiles['manifest.json']);
    expect(zip.getEntry('assets/icon-192.png')?.getData()).toEqual(readFileSync(join(repoRoot, 'assets/icon-192.png')));
  });
});

describe('the XML manifest', () => {
  it('passes the XSDs and our rules, as committed (development) and as built for production', async () => {
    expect(await validateXml(xml, dev)).toEqual([]);
    expect(await validateXml(prodFiles['manifest.xml'] ?? '', prod)).toEqual([]);
  });

  it('has a SupportUrl and an Outlook mobile read-mode button with the 25/32/48 icons at scales 1–3', () => {
    expect(xml).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/support\.html"\/>/);
    const mobile = /<MobileFormFactor>[\s\S]*<\/MobileFormFactor>/.exec(xml)?.[0] ?? '';
    expect(mobile).toContain('<ExtensionPoint xsi:type="MobileMessageReadCommandSurface">');
    expect(mobile).toContain('<Control xsi:type="MobileButton" id="recallMobileOpenPaneButton">');
    expect(mobile).toContain('<Action xsi:type="ShowTaskpane">');
    const images = [...mobile.matchAll(/<bt:Image size="(\d+)" scale="(\d)"/g)].map((m) => `${m[1]}@${m[2]}`);
    expect(images.sort()).toEqual(['25@1', '25@2', '25@3', '32@1', '32@2', '32@3', '48@1', '48@2', '48@3']);
  });

  it.each<[string, string | RegExp, string, RegExp]>([
    [
      'a Supertip missing from the desktop button',
      /<Supertip>\s*<Title resid="PaneButton.Label"\/>\s*<Description resid="PaneButton.Tooltip"\/>\s*<\/Supertip>/,
      '',
      /^line \d+: .*Element <Icon>: This element is not expected\. Expected is .*Supertip/,
    ],
    [
      'the mobile form factor placed before the desktop one',
      /(<DesktopFormFactor>(?:(?!<\/DesktopFormFactor>)[\s\S])*<\/DesktopFormFactor>)(\s*)(<MobileFormFactor>[\s\S]*?<\/MobileFormFactor>)/,
      '$3$2$1',
      /^line \d+: .*Element <DesktopFormFactor>: This element is not expected/,
    ],
    [
      'a Label after the Supertip',
      /(<Label resid="PaneButton.Label"\/>)(\s*)(<Supertip>[\s\S]*?<\/Supertip>)/,
      '$3$2$1',
      /^line \d+: .*Element <Supertip>: This element is not expected\. Expected is .*Label/,
    ],
    [
      'SupportsPinning in VersionOverrides V1_0',
      /<SourceLocation resid="Taskpane.Url"\/>(\s*<\/Action>)/,
      '<SourceLocation resid="Taskpane.Url"/><SupportsPinning>true</SupportsPinning>$1',
      /^line \d+: .*Element <SupportsPinning>: This element is not expected/,
    ],
    [
      'an unknown Permissions value',
      '<Permissions>ReadWriteItem</Permissions>',
      '<Permissions>ReadAll</Permissions>',
      /^line \d+: .*Element <Permissions>: .*'ReadAll'/,
    ],
    [
      'RequestedHeight above 450',
      '<RequestedHeight>250</RequestedHeight>',
      '<RequestedHeight>500</RequestedHeight>',
      /^line \d+: .*Element <RequestedHeight>: .*'500'/,
    ],
    [
      'a resid that does not resolve',
      'resid="PaneButton.Tooltip"',
      'resid="PaneButton.Tooltp"',
      /^<Description> \(line \d+\): resid "PaneButton\.Tooltp" is not defined/,
    ],
    [
      'a mobile icon of the wrong size',
      '<bt:Image id="Mobile.48x48" DefaultValue="https://localhost:3000/assets/icon-48.png"/>',
      '<bt:Image id="Mobile.48x48" DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      /^<bt:Image> \(line \d+\) → <bt:Image id="Mobile\.48x48"> \(line \d+\): assets\/icon-32\.png is 32×32; it must be 48×48/,
    ],
    ['a missing icon file', 'assets/icon-80.png', 'assets/icon-81.png', /<bt:Image id="Icon\.80x80"> \(line \d+\): assets\/icon-81\.png does not exist/],
    [
      'a task pane outside AppDomains',
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<bt:Url id="Taskpane.Url" DefaultValue="https://pane.contoso.com/taskpane.html"/>',
      /^<bt:Url id="Taskpane\.Url"> \(line \d+\): origin https:\/\/pane\.contoso\.com is not listed in <AppDomains>/,
    ],
    [
      'an http SupportUrl',
      '<SupportUrl DefaultValue="https://',
      '<SupportUrl DefaultValue="http://',
      /^<SupportUrl> \(line \d+\): "http:\/\/localhost:3000\/support\.html" must use https/,
    ],
  ])('%s fails, naming the element', async (_name, from, to, message) => {
    const problems = await validateXml(edit(xml, from, to), dev);
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(message));
  });

  // Event-based activation (Runtimes, LaunchEvent) is the safety window's; the manifest carries it
  // (test/manifest/safetyWindowManifest.test.ts), so the XSD is checked on the real markup.
  it('refuses a LaunchEvent with an unknown SendMode, naming it', async () => {
    const problems = await validateXml(edit(xml, 'SendMode="SoftBlock"', 'SendMode="Maybe"'), dev);
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^line \d+: .*Element <LaunchEvent>, attribute 'SendMode': .*'Maybe'/));
  });

  it('refuses the Runtimes placed after the DesktopFormFactor (schema order), naming it', async () => {
    const problems = await validateXml(edit(xml, /(\s*<Runtimes>[\s\S]*?<\/Runtimes>)(\s*<DesktopFormFactor>[\s\S]*?<\/DesktopFormFactor>)/, '$2$1'), dev);
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^line \d+: .*Element <Runtimes>: This element is not expected/));
  });

  it('a production manifest still pointing at localhost fails, naming the element', async () => {
    const problems = await validateXml(xml, prod);
    expect(problems).toContainEqual({
      code: 'URL_LOCALHOST',
      message: expect.stringMatching(/^<IconUrl> \(line \d+\): "https:\/\/localhost:3000\/assets\/icon-64\.png" points at localhost/),
    });
  });
});

describe('the unified manifest', () => {
  it('passes the bundled schemas and our rules, as committed and as built for production', async () => {
    const { manifest, localizations } = parsed(devFiles);
    expect(await validateJson(manifest, localizations, dev)).toEqual([]);
    const built = parsed(prodFiles);
    expect(await validateJson(built.manifest, built.localizations, prod)).toEqual([]);
  });

  const group = (m: ParsedManifests['manifest']) => {
    const ribbons = m.extensions[0]?.['ribbons'] as Array<{ tabs: Array<{ groups: Array<Record<string, unknown>> }> }>;
    return ribbons[0]!.tabs[0]!.groups[0]!;
  };
  it.each<[string, (m: ParsedManifests) => void, ValidationOptions, RegExp]>([
    [
      'a short name over 30 characters',
      ({ manifest }) => ((manifest['name'] as Record<string, string>)['short'] = 'R'.repeat(31)),
      dev,
      /^\$\.name\.short: must NOT have more than 30 characters/,
    ],
    [
      'a ribbon group without an id',
      ({ manifest }) => delete group(manifest)['id'],
      dev,
      /^\$\.extensions\[0\]\.ribbons\[0\]\.tabs\[0\]\.groups\[0\]: must have required property 'id'/,
    ],
    [
      'an unknown top-level property',
      ({ manifest }) => (manifest['supportUrl'] = 'https://x.example'),
      dev,
      /^\$: must NOT have additional properties "supportUrl"/,
    ],
    [
      'a Russian short description over 80 characters',
      ({ localizations }) => ((localizations['manifest.ru-RU.json'] ?? {})['description.short'] = 'я'.repeat(81)),
      dev,
      /^manifest\.ru-RU\.json \$\.description\.short: must NOT have more than 80 characters/,
    ],
    [
      'a task pane host missing from validDomains',
      ({ manifest }) => (manifest['validDomains'] = ['pane.contoso.com']),
      dev,
      /^\$\.extensions\[0\]\.runtimes\[0\]\.code\.page: host localhost:3000 is not listed in \$\.validDomains/,
    ],
    [
      'a ribbon icon of the wrong size',
      ({ manifest }) => ((group(manifest)['icons'] as Array<{ url: string }>)[2]!.url = 'https://localhost:3000/assets/icon-64.png'),
      dev,
      /^\$\.extensions\[0\]\.ribbons\[0\]\.tabs\[0\]\.groups\[0\]\.icons\[2\]\.url: assets\/icon-64\.png is 64×64; it must be 80×80/,
    ],
    ['localhost in a production manifest', () => undefined, prod, /^\$\.developer\.websiteUrl: "https:\/\/localhost:3000\/support\.html" points at localhost/],
  ])('%s fails, naming the JSON path', async (_name, mutate, options, message) => {
    const files = parsed(devFiles);
    mutate(files);
    const problems = await validateJson(files.manifest, files.localizations, options);
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(message));
  });
});
