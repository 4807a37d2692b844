/**
 * The safety window's part of the XML manifest (docs/safety-window.md), as one self-contained
 * piece for whatever assembles manifest.xml: each function returns the XML to put at one place
 * inside the Mail 1.1 VersionOverrides (`<VersionOverrides xsi:type="VersionOverridesV1_1">`),
 * with `origin` the add-in's base URL; renderXml.cjs lays them into manifest.xml, and renderJson.cjs
 * takes the unified-manifest pieces at the end of this file.
 *
 * Sources (office-js-docs-pr / office-js-docs-reference):
 * - LaunchEvent (manifest/launchevent.md): valid only in Mail 1.1 VersionOverrides; SendMode
 *   defaults to SoftBlock.
 * - Runtimes + `<Override type="javascript">` (smart-alerts-onmessagesend-walkthrough.md):
 *   classic Outlook on Windows runs the handler in a JavaScript-only runtime that loads the .js
 *   directly; web, Mac and new Outlook load the HTML page, which loads the same script.
 * - The Smart Alert's Take Action button runs a function command whose Control id is the
 *   `commandId` (office.smartalertseventcompletedoptions.yml, Mailbox 1.15): that is the
 *   MessageComposeCommandSurface button below, and FunctionName is what launchevent.ts associates.
 *
 * SendMode="SoftBlock", chosen deliberately:
 * - Block would stop every Send while our server or the network is down ("The item isn't sent
 *   if … the add-in is unable to connect to the server"), for a feature that holds mail briefly.
 * - PromptUser would offer "Send Anyway" while the check is still running (long-running
 *   dialog), before the user has seen who is outside; SoftBlock makes them wait for the verdict
 *   (bounded: config.json 2 s, Graph 3 s) — and if the add-in is unavailable, SoftBlock still sends.
 * - Every alert the handler raises overrides to PromptUser at runtime (sendModeOverride,
 *   Mailbox 1.14), so "Send now" is always there; below 1.14 the handler raises none.
 */
const HANDLER = 'onMessageSendHandler';
const HOLD_COMMAND = 'holdAndSend';

/** Child of <Host xsi:type="MailHost">, before <DesktopFormFactor>. */
function runtimes() {
  return `<Runtimes>
            <!-- Web, Mac, new Outlook: the HTML page; classic Windows: the script itself (JavaScript-only runtime). -->
            <Runtime resid="SafetyWindow.Runtime.Url">
              <Override type="javascript" resid="SafetyWindow.Script.Url"/>
            </Runtime>
          </Runtimes>`;
}

/** First child of <DesktopFormFactor>: the page function commands run in. */
function functionFile() {
  return `<FunctionFile resid="SafetyWindow.Runtime.Url"/>`;
}

/** Extension points inside <DesktopFormFactor>, after the read surface. */
function extensionPoints() {
  return `<ExtensionPoint xsi:type="MessageComposeCommandSurface">
              <OfficeTab id="TabDefault">
                <Group id="safetyWindowComposeGroup">
                  <Label resid="Group.Label"/>
                  <Control xsi:type="Button" id="${HOLD_COMMAND}">
                    <Label resid="SafetyWindow.Hold.Label"/>
                    <Supertip>
                      <Title resid="SafetyWindow.Hold.Label"/>
                      <Description resid="SafetyWindow.Hold.Tooltip"/>
                    </Supertip>
                    <Icon>
                      <bt:Image size="16" resid="Icon.16x16"/>
                      <bt:Image size="32" resid="Icon.32x32"/>
                      <bt:Image size="80" resid="Icon.80x80"/>
                    </Icon>
                    <Action xsi:type="ExecuteFunction">
                      <FunctionName>${HOLD_COMMAND}</FunctionName>
                    </Action>
                  </Control>
                </Group>
              </OfficeTab>
            </ExtensionPoint>
            <ExtensionPoint xsi:type="LaunchEvent">
              <LaunchEvents>
                <LaunchEvent Type="OnMessageSend" FunctionName="${HANDLER}" SendMode="SoftBlock"/>
              </LaunchEvents>
              <SourceLocation resid="SafetyWindow.Runtime.Url"/>
            </ExtensionPoint>`;
}

/** Entries for <bt:Urls>. */
function urls(origin) {
  return `<bt:Url id="SafetyWindow.Runtime.Url" DefaultValue="${origin}/launchevent.html"/>
          <bt:Url id="SafetyWindow.Script.Url" DefaultValue="${origin}/launchevent.js"/>`;
}

/** Entries for <bt:ShortStrings> and <bt:LongStrings>. */
function shortStrings() {
  return `<bt:String id="SafetyWindow.Hold.Label" DefaultValue="${HOLD_LABEL['en-US']}">
            <bt:Override Locale="ru-RU" Value="${HOLD_LABEL['ru-RU']}"/>
          </bt:String>`;
}
function longStrings() {
  return `<bt:String id="SafetyWindow.Hold.Tooltip" DefaultValue="${HOLD_TOOLTIP['en-US']}">
            <bt:Override Locale="ru-RU" Value="${HOLD_TOOLTIP['ru-RU']}"/>
          </bt:String>`;
}

/** The item permission delayDeliveryTime.setAsync needs (office.delaydeliverytime.yml). */
const PERMISSION = 'ReadWriteItem';
/** The same permission in the unified manifest (authorization.permissions.resourceSpecific). */
const UNIFIED_PERMISSION = 'MailboxItem.ReadWrite.User';

/** The compose button's words, as in shortStrings()/longStrings(), for the unified manifest. */
const HOLD_LABEL = { 'en-US': 'Hold before sending', 'ru-RU': 'Задержать отправку' };
const HOLD_TOOLTIP = {
  'en-US': 'Hold this message on the server for the safety window, so it can still be stopped after you select Send.',
  'ru-RU': 'Задержать письмо на сервере на время окна безопасности, чтобы его ещё можно было остановить после нажатия «Отправить».',
};

/**
 * The unified manifest's equivalent (smart-alerts-onmessagesend-walkthrough.md, "Unified manifest"
 * tab): one runtime whose code has the page (browser runtime) and the script (classic Outlook's
 * JavaScript-only runtime), with the handler and the hold command as executeFunction actions;
 * `autoRunEvents` maps "messageSending" (OnMessageSend) to the handler with sendMode softBlock; the
 * compose button is the Smart Alert's commandId ("the id property … in the controls array").
 * Mailbox 1.15 for all three, as the walkthrough sets its runtime and autoRunEvents: "Although the
 * OnMessageSend event was introduced in requirement set 1.12, the minVersion is set to 1.15. This
 * supports the use of Smart Alerts enhancements" — here the Take Action button running a function
 * (commandId, 1.15) and errorMessageMarkdown (1.15). The compose button has the same version as the
 * alert that names it. The XML manifest can't say the same: its one VersionOverrides V1_1 also
 * carries the read button's pinning and the mobile button at 1.5 (renderXml.cjs), so there the
 * handler and the command check 1.13–1.15 at run time (docs/safety-window.md, "Manifest").
 */
const UNIFIED_MIN_VERSION = '1.15';
const RUNTIME_ID = 'SafetyWindowRuntime';

function unifiedRuntime(origin) {
  return {
    requirements: { capabilities: [{ name: 'Mailbox', minVersion: UNIFIED_MIN_VERSION }] },
    id: RUNTIME_ID,
    type: 'general',
    code: { page: `${origin}/launchevent.html`, script: `${origin}/launchevent.js` },
    lifetime: 'short',
    actions: [
      { id: HANDLER, type: 'executeFunction' },
      { id: HOLD_COMMAND, type: 'executeFunction' },
    ],
  };
}

function unifiedAutoRunEvents() {
  return [
    {
      requirements: { capabilities: [{ name: 'Mailbox', minVersion: UNIFIED_MIN_VERSION }], scopes: ['mail'] },
      events: [{ type: 'messageSending', actionId: HANDLER, options: { sendMode: 'softBlock' } }],
    },
  ];
}

/** @param {string} groupLabel @param {Array<{ size: number, url: string }>} icons */
function unifiedComposeRibbon(groupLabel, icons) {
  return {
    requirements: { capabilities: [{ name: 'Mailbox', minVersion: UNIFIED_MIN_VERSION }] },
    contexts: ['mailCompose'],
    tabs: [
      {
        builtInTabId: 'TabDefault',
        groups: [
          {
            id: 'safetyWindowComposeGroup',
            label: groupLabel,
            icons,
            controls: [
              {
                id: HOLD_COMMAND,
                type: 'button',
                label: HOLD_LABEL['en-US'],
                icons,
                supertip: { title: HOLD_LABEL['en-US'], description: HOLD_TOOLTIP['en-US'] },
                actionId: HOLD_COMMAND,
              },
            ],
          },
        ],
      },
    ],
  };
}

module.exports = {
  HANDLER,
  HOLD_COMMAND,
  PERMISSION,
  UNIFIED_PERMISSION,
  HOLD_LABEL,
  HOLD_TOOLTIP,
  runtimes,
  functionFile,
  extensionPoints,
  urls,
  shortStrings,
  longStrings,
  unifiedRuntime,
  unifiedAutoRunEvents,
  unifiedComposeRibbon,
};
