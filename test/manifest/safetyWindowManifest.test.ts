/**
 * manifest.xml carries the safety window's fragment word for word (so a generated manifest can
 * take it from scripts/manifest/safetyWindowExtension.cjs), and its names are the ones the event
 * script registers and the Smart Alert points at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fragment from '../../scripts/manifest/safetyWindowExtension.cjs';
import { HOLD_COMMAND_ID } from '../../src/launchevent/onMessageSend';

const root = join(__dirname, '..', '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const eventScript = readFileSync(join(root, 'src/launchevent/launchevent.ts'), 'utf8');

it.each([
  ['runtimes', fragment.runtimes()],
  ['function file', fragment.functionFile()],
  ['extension points', fragment.extensionPoints()],
  ['urls', fragment.urls('https://localhost:3000')],
  ['short strings', fragment.shortStrings()],
  ['long strings', fragment.longStrings()],
])('manifest.xml contains the fragment’s %s as written', (_name, xml) => {
  expect(manifest).toContain(xml);
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

it('classic Outlook gets the script itself, the other clients the page', () => {
  expect(manifest).toContain('<bt:Url id="SafetyWindow.Script.Url" DefaultValue="https://localhost:3000/launchevent.js"/>');
  expect(manifest).toContain('<bt:Url id="SafetyWindow.Runtime.Url" DefaultValue="https://localhost:3000/launchevent.html"/>');
});
