import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  PROBLEM_CODES,
  checkManifest,
  runManifestChecks,
  type CheckManifestOptions,
  type ManifestProblemCode,
} from '../../scripts/manifest/checkManifest.cjs';

const repoRoot = resolve(__dirname, '../..');
const manifest = readFileSync(join(repoRoot, 'manifest.xml'), 'utf8');
const dev: CheckManifestOptions = { production: false, baseDir: repoRoot };
const prod: CheckManifestOptions = { production: true, baseDir: repoRoot };

/** The real manifest as a production build would emit it: same files, deployed origin. */
const productionManifest = manifest.replaceAll('https://localhost:3000', 'https://recall.contoso.com');

/** Replaces the first (or every) occurrence; fails loudly if the manifest no longer has `from`. */
function edit(xml: string, from: string | RegExp, to: string, all = false): string {
  const found = typeof from === 'string' ? xml.includes(from) : from.test(xml);
  if (!found) throw new Error(`test fixture out of date: ${String(from)} not found in manifest.xml`);
  if (typeof from === 'string') return all ? xml.replaceAll(from, to) : xml.replace(from, to);
  return xml.replace(from, to);
}

const codes = (xml: string, options: CheckManifestOptions) => checkManifest(xml, options).map((p) => p.code);

describe('the real manifest', () => {
  it('passes every offline check in development mode', () => {
    const { problems, checks } = runManifestChecks(manifest, dev);
    expect(problems).toEqual([]);
    expect(checks).toBeGreaterThan(100);
  });

  it('passes in production mode once its URLs point at the deployed host', () => {
    expect(checkManifest(productionManifest, prod)).toEqual([]);
  });

  // ReadWriteItem, not ReadItem: the safety window sets delayDeliveryTime (docs/safety-window.md).
  it('is a MailApp asking only for ReadWriteItem, with a pinnable read-mode task pane', () => {
    expect(manifest).toContain('xsi:type="MailApp"');
    expect(manifest).toContain('<Permissions>ReadWriteItem</Permissions>');
    expect(manifest).toContain('xsi:type="MessageReadCommandSurface"');
    expect(manifest).toContain('<SupportsPinning>true</SupportsPinning>');
  });
});

type Row = [name: string, expected: ManifestProblemCode, mutate: (xml: string) => string, options: CheckManifestOptions];

const V1_1_BLOCK = /\s*<!-- Mailbox 1\.5\+[^>]*-->\s*<VersionOverrides xmlns="[^"]*\/1\.1"[\s\S]*?<\/VersionOverrides>(?=\s*<\/VersionOverrides>)/;

const broken: Row[] = [
  ['not well-formed XML', 'XML_NOT_WELL_FORMED', (x) => edit(x, '</Supertip>', ''), dev],
  ['an unescaped ampersand', 'XML_NOT_WELL_FORMED', (x) => edit(x, '<ProviderName>Recall Assistant<', '<ProviderName>Recall & Co<'), dev],
  ['root is not OfficeApp', 'ROOT_NOT_OFFICEAPP', (x) => edit(x, /<OfficeApp\b/, '<OfficeAddin').replace('</OfficeApp>', '</OfficeAddin>'), dev],
  ['not a MailApp', 'NOT_MAIL_APP', (x) => edit(x, 'xsi:type="MailApp"', 'xsi:type="TaskPaneApp"'), dev],
  ['no VersionOverrides V1_1 nested in V1_0', 'VERSION_OVERRIDES_V1_1_MISSING', (x) => edit(x, V1_1_BLOCK, ''), dev],
  ['nested VersionOverrides of the wrong type', 'VERSION_OVERRIDES_TYPE', (x) => edit(x, 'xsi:type="VersionOverridesV1_1"', 'xsi:type="VersionOverridesV1_0"'), dev],
  ['no VersionOverrides at all', 'VERSION_OVERRIDES_MISSING', (x) => edit(x, /\s*<VersionOverrides xmlns="[^"]*mailappversionoverrides"[\s\S]*<\/VersionOverrides>(?=\s*<\/OfficeApp>)/, ''), dev],
  ['a resid that does not resolve', 'RESID_UNRESOLVED', (x) => edit(x, 'resid="PaneButton.Tooltip"', 'resid="PaneButton.Tooltp"'), dev],
  ['a Label pointing at a long string', 'RESID_WRONG_KIND', (x) => edit(x, '<Label resid="PaneButton.Label"/>', '<Label resid="PaneButton.Tooltip"/>'), dev],
  ['duplicate control ids', 'CONTROL_ID_DUPLICATE', (x) => edit(x, 'id="recallReadGroup"', 'id="recallOpenPaneButton"'), dev],
  ['duplicate resource ids', 'RESOURCE_ID_DUPLICATE', (x) => edit(x, '<bt:Image id="Icon.32x32"', '<bt:Image id="Icon.16x16"'), dev],
  ['a resource id over 32 characters', 'RESOURCE_ID_TOO_LONG', (x) => edit(x, 'Taskpane.Url', 'Taskpane.Url.ThatIsFarTooLongForOffice', true), dev],
  ['bad version 1.0.0.0.1', 'VERSION_FORMAT', (x) => edit(x, '<Version>1.0.0.0</Version>', '<Version>1.0.0.0.1</Version>'), dev],
  ['bad GUID', 'ID_NOT_GUID', (x) => edit(x, /<Id>[^<]*<\/Id>/, '<Id>964d1f58-bde3-40f5-9341-dc57c8d3397</Id>'), dev],
  ['missing Permissions', 'ELEMENT_MISSING', (x) => edit(x, /\s*<Permissions>ReadWriteItem<\/Permissions>/, ''), dev],
  ['unknown Permissions value', 'PERMISSIONS_INVALID', (x) => edit(x, '<Permissions>ReadWriteItem</Permissions>', '<Permissions>ReadAll</Permissions>'), dev],
  [
    'Permissions after Rule (schema order)',
    'ELEMENT_ORDER',
    (x) => edit(edit(x, /\s*<Permissions>ReadWriteItem<\/Permissions>/, ''), '  <VersionOverrides xmlns', '  <Permissions>ReadWriteItem</Permissions>\n  <VersionOverrides xmlns'),
    dev,
  ],
  ['SupportsPinning in VersionOverrides V1_0', 'ELEMENT_UNEXPECTED', (x) => edit(x, '<SourceLocation resid="Taskpane.Url"/>\n                  </Action>', '<SourceLocation resid="Taskpane.Url"/>\n<SupportsPinning>true</SupportsPinning></Action>'), dev],
  ['VersionOverrides V1_1 requiring only Mailbox 1.3', 'REQUIREMENT_TOO_LOW', (x) => edit(x, '<bt:Sets DefaultMinVersion="1.5">', '<bt:Sets DefaultMinVersion="1.3">'), dev],
  ['RequestedHeight above 450', 'VALUE_OUT_OF_RANGE', (x) => edit(x, '<RequestedHeight>250</RequestedHeight>', '<RequestedHeight>500</RequestedHeight>'), dev],
  ['a ShortString over 125 characters', 'STRING_TOO_LONG', (x) => edit(x, 'DefaultValue="Recall assistant"', `DefaultValue="${'x'.repeat(126)}"`), dev],
  ['http URL in production', 'URL_NOT_HTTPS', (x) => edit(x, 'https://recall.contoso.com/taskpane.html', 'http://recall.contoso.com/taskpane.html', true), prod],
  ['localhost in production', 'URL_LOCALHOST', (x) => edit(x, 'https://recall.contoso.com', 'https://localhost:3000', true), prod],
  ['an AppDomain without its scheme', 'URL_INVALID', (x) => edit(x, '<AppDomain>https://localhost:3000</AppDomain>', '<AppDomain>localhost:3000</AppDomain>'), dev],
  ['missing icon file', 'ICON_FILE_MISSING', (x) => edit(x, 'assets/icon-32.png', 'assets/icon-33.png'), dev],
  ['icon of the wrong size', 'ICON_WRONG_SIZE', (x) => edit(x, '<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-16.png"/>'), dev],
  ['IconUrl that is not 64×64', 'ICON_WRONG_SIZE', (x) => edit(x, 'assets/icon-64.png', 'assets/icon-80.png'), dev],
  ['icon that is not a PNG', 'ICON_NOT_PNG', (x) => edit(x, 'assets/icon-80.png', 'assets/icon.svg'), dev],
  [
    'task pane on an origin outside AppDomains',
    'APPDOMAIN_NOT_COVERED',
    (x) => edit(x, '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>', '<bt:Url id="Taskpane.Url" DefaultValue="https://pane.contoso.com/taskpane.html"/>'),
    dev,
  ],
];

describe('broken variants of the manifest', () => {
  it.each(broken)('%s → %s', (_name, expected, mutate, options) => {
    const source = options.production ? productionManifest : manifest;
    expect(codes(mutate(source), options)).toContain(expected);
  });

  it('every expected code is a declared problem code', () => {
    for (const [, code] of broken) expect(PROBLEM_CODES).toContain(code);
  });
});

describe('problem messages are precise', () => {
  it('gives line and column for XML that is not well-formed', () => {
    const [problem] = checkManifest(edit(manifest, '</Supertip>', ''), dev);
    expect(problem?.code).toBe('XML_NOT_WELL_FORMED');
    expect(problem?.message).toMatch(/line \d+, column \d+/);
  });

  it('points at an unescaped ampersand', () => {
    const xml = edit(manifest, '<ProviderName>Recall Assistant<', '<ProviderName>Recall & Co<');
    const lines = xml.split('\n');
    const line = lines.findIndex((l) => l.includes('Recall & Co')) + 1;
    const column = (lines[line - 1] ?? '').indexOf('&') + 1;
    expect(checkManifest(xml, dev)).toEqual([{ code: 'XML_NOT_WELL_FORMED', message: expect.stringContaining(`line ${line}, column ${column}: unescaped "&"`) }]);
  });

  it('names the element, its line and the resid that does not resolve', () => {
    const problems = checkManifest(edit(manifest, 'resid="PaneButton.Tooltip"', 'resid="PaneButton.Tooltp"'), dev);
    expect(problems).toEqual([
      {
        code: 'RESID_UNRESOLVED',
        message: expect.stringMatching(/<Description> \(line \d+\) in VersionOverridesV1_0: resid "PaneButton\.Tooltp" does not match any bt:String in <LongStrings>/),
      },
    ]);
  });

  it('names the duplicated id and both elements', () => {
    const problems = checkManifest(edit(manifest, 'id="recallReadGroup"', 'id="recallOpenPaneButton"'), dev);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/<Control xsi:type="Button" id="recallOpenPaneButton"> \(line \d+\).*already used by <Group id="recallOpenPaneButton">/)]);
  });

  it('reports an icon of the wrong size with its actual and declared size', () => {
    const xml = edit(manifest, 'assets/icon-32.png', 'assets/icon-16.png', true);
    expect(checkManifest(xml, dev)).toContainEqual({ code: 'ICON_WRONG_SIZE', message: expect.stringContaining('is 16×16; it must be 32×32') });
  });

  it('accepts a task pane on another origin once that origin is an AppDomain', () => {
    const xml = edit(
      edit(manifest, '"https://localhost:3000/taskpane.html"/>\n      </bt:Urls>', '"https://pane.contoso.com/taskpane.html"/>\n      </bt:Urls>'),
      '<AppDomain>https://localhost:3000</AppDomain>',
      '<AppDomain>https://localhost:3000</AppDomain>\n    <AppDomain>https://pane.contoso.com</AppDomain>',
    );
    expect(checkManifest(xml, dev)).toEqual([]);
  });

  it('skips icon file checks when no baseDir is given', () => {
    expect(checkManifest(edit(manifest, 'assets/icon-32.png', 'assets/icon-33.png', true), { production: false })).toEqual([]);
  });
});

describe('validate-manifest CLI', () => {
  const cli = join(repoRoot, 'scripts', 'validate-manifest.mjs');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints OK with the number of checks and exits 0 for the real manifest', () => {
    const run = spawnSync(process.execPath, [cli, join(repoRoot, 'manifest.xml')], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/manifest\.xml: OK \(\d+ checks\)/);
    expect(run.status).toBe(0);
  });

  it('prints each problem and exits 1 for a broken manifest', () => {
    const file = join(dir, 'manifest.xml');
    writeFileSync(file, edit(manifest, '<Version>1.0.0.0</Version>', '<Version>1.0.0.0.1</Version>'));
    const run = spawnSync(process.execPath, [cli, file, '--production'], { encoding: 'utf8' });
    expect(run.stderr).toContain('VERSION_FORMAT');
    expect(run.stderr).toContain('URL_LOCALHOST');
    expect(run.status).toBe(1);
  });
});
