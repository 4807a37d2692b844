/**
 * @jest-environment node
 *
 * The safety window's part of the XML manifest (scripts/manifest/safetyWindowExtension.cjs):
 * renderXml.cjs lays it into VersionOverrides V1_1 (the only place the XSD allows Runtimes and
 * LaunchEvent), the result passes the vendored XSDs and our rules, and its names are the ones the
 * event script registers and the Smart Alert points at.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { manifestFiles } from '../../scripts/manifest/emit.cjs';
import * as fragment from '../../scripts/manifest/safetyWindowExtension.cjs';
import { validateXml } from '../../scripts/manifest/validate.cjs';
import { HOLD_COMMAND_ID } from '../../src/launchevent/onMessageSend';

const root = resolve(__dirname, '..', '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const production = manifestFiles('https://recall.contoso.com/addin')['manifest.xml'] ?? '';
const eventScript = readFileSync(join(root, 'src/launchevent/launchevent.ts'), 'utf8');
/** The nested VersionOverrides V1_1, where every piece of the fragment belongs. */
const v11 = manifest.slice(manifest.indexOf('<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1"'));

it('the manifest with the safety window passes the XSDs and our rules, as committed and as built for production', async () => {
  expect(await validateXml(manifest, { production: false, baseDir: root })).toEqual([]);
  expect(await validateXml(production, { production: true, baseDir: root })).toEqual([]);
});

it.each([
  ['runtimes', fragment.runtimes()],
  ['function file', fragment.functionFile()],
  ['extension points', fragment.extensionPoints()],
  ['urls', fragment.urls('https://localhost:3000')],
  ['short strings', fragment.shortStrings()],
  ['long strings', fragment.longStrings()],
])('VersionOverrides V1_1 contains the fragment’s %s as written, and only it', (_name, xml) => {
  expect(v11).toContain(xml);
  expect(manifest.split(xml)).toHaveLength(2);
});

// ReadWriteItem, not ReadItem: the handler sets delayDeliveryTime (office.delaydeliverytime.yml); docs/privacy.md.
it('asks for ReadWriteItem, the permission delayDeliveryTime.setAsync needs', () => {
  expect(fragment.PERMISSION).toBe('ReadWriteItem');
  expect(manifest).toContain('<Permissions>ReadWriteItem</Permissions>');
});

it('OnMessageSend is soft-blocking and handled by the function the event script associates', () => {
  expect(manifest).toContain(`<LaunchEvent Type="OnMessageSend" FunctionName="${fragment.HANDLER}" SendMode="SoftBlock"/>`);
  expect(eventScript).toContain(`Office.actions.associate('${fragment.HANDLER}'`);
});

it('the Smart Alert’s commandId is the compose button that runs the hold command', () => {
  expect(fragment.HOLD_COMMAND).toBe(HOLD_COMMAND_ID);
  expect(manifest).toContain(`<Control xsi:type="Button" id="${HOLD_COMMAND_ID}">`);
  expect(manifest).toContain(`<FunctionName>${HOLD_COMMAND_ID}</FunctionName>`);
  expect(eventScript).toContain(`Office.actions.associate('${HOLD_COMMAND_ID}'`);
});

it('classic Outlook gets the script itself, the other clients the page, at the build’s base URL', () => {
  expect(manifest).toContain('<bt:Url id="SafetyWindow.Script.Url" DefaultValue="https://localhost:3000/launchevent.js"/>');
  expect(manifest).toContain('<bt:Url id="SafetyWindow.Runtime.Url" DefaultValue="https://localhost:3000/launchevent.html"/>');
  expect(production).toContain('<bt:Url id="SafetyWindow.Script.Url" DefaultValue="https://recall.contoso.com/addin/launchevent.js"/>');
});
