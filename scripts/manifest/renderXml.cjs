/**
 * Lays out the add-in-only XML manifest from source.cjs for one base URL. Element order follows
 * the XSDs in ./xsd (checked by validateXml.cjs). VersionOverrides V1_0 (Mailbox 1.3) carries the
 * desktop button; the nested V1_1 (Mailbox 1.5) repeats it pinnable and adds the Outlook mobile
 * button (MobileFormFactor → MobileMessageReadCommandSurface; add-mobile-support.md). The V1_1
 * block also carries the safety window (safetyWindowExtension.cjs: Runtimes, FunctionFile, the
 * compose button and LaunchEvent OnMessageSend), which the XSD allows only in V1_1.
 */
const { addin, normalizeBaseUrl } = require('./source.cjs');
const safetyWindow = require('./safetyWindowExtension.cjs');

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const others = (texts, tag) => addin.locales.map((locale) => `<${tag} Locale="${locale}" Value="${esc(texts[locale])}"/>`);

function localized(tag, texts, indent) {
  const inner = others(texts, 'Override').map((o) => `${indent}  ${o}`);
  return [`${indent}<${tag} DefaultValue="${esc(texts[addin.defaultLocale])}">`, ...inner, `${indent}</${tag}>`];
}

/** A safetyWindowExtension.cjs piece: its first line at `indent`, the rest already indented for V1_1. */
const piece = (indent, xml) => `${indent}${xml}`;

function resources(base, indent, withMobile) {
  const i = indent;
  const images = Object.entries(addin.icons.button).map(([size, path]) => `${i}    <bt:Image id="Icon.${size}x${size}" DefaultValue="${base}/${path}"/>`);
  if (withMobile) {
    for (const [size, path] of Object.entries(addin.icons.mobile)) {
      images.push(`${i}    <bt:Image id="Mobile.${size}x${size}" DefaultValue="${base}/${path}"/>`);
    }
  }
  const str = (id, texts) => [
    `${i}    <bt:String id="${id}" DefaultValue="${esc(texts[addin.defaultLocale])}">`,
    ...others(texts, 'bt:Override').map((o) => `${i}      ${o}`),
    `${i}    </bt:String>`,
  ];
  return [
    `${i}<Resources>`,
    `${i}  <bt:Images>`,
    ...images,
    `${i}  </bt:Images>`,
    `${i}  <bt:Urls>`,
    `${i}    <bt:Url id="Taskpane.Url" DefaultValue="${base}/${addin.taskpanePath}"/>`,
    ...(withMobile ? [piece(`${i}    `, safetyWindow.urls(base))] : []),
    `${i}  </bt:Urls>`,
    `${i}  <bt:ShortStrings>`,
    ...str('Group.Label', addin.groupLabel),
    ...str('PaneButton.Label', addin.buttonLabel),
    ...(withMobile ? [piece(`${i}    `, safetyWindow.shortStrings())] : []),
    `${i}  </bt:ShortStrings>`,
    `${i}  <bt:LongStrings>`,
    ...str('PaneButton.Tooltip', addin.buttonTooltip),
    ...(withMobile ? [piece(`${i}    `, safetyWindow.longStrings())] : []),
    `${i}  </bt:LongStrings>`,
    `${i}</Resources>`,
  ];
}

/** pinnable: the V1_1 form, which also holds the safety window's function file and extension points. */
function desktopFormFactor(indent, pinnable) {
  const i = indent;
  const icons = Object.keys(addin.icons.button).map((size) => `${i}              <bt:Image size="${size}" resid="Icon.${size}x${size}"/>`);
  return [
    `${i}<DesktopFormFactor>`,
    ...(pinnable ? [piece(`${i}  `, safetyWindow.functionFile())] : []),
    `${i}  <ExtensionPoint xsi:type="MessageReadCommandSurface">`,
    `${i}    <OfficeTab id="TabDefault">`,
    `${i}      <Group id="recallReadGroup">`,
    `${i}        <Label resid="Group.Label"/>`,
    `${i}        <Control xsi:type="Button" id="recallOpenPaneButton">`,
    `${i}          <Label resid="PaneButton.Label"/>`,
    `${i}          <Supertip>`,
    `${i}            <Title resid="PaneButton.Label"/>`,
    `${i}            <Description resid="PaneButton.Tooltip"/>`,
    `${i}          </Supertip>`,
    `${i}          <Icon>`,
    ...icons,
    `${i}          </Icon>`,
    `${i}          <Action xsi:type="ShowTaskpane">`,
    `${i}            <SourceLocation resid="Taskpane.Url"/>`,
    ...(pinnable ? [`${i}            <SupportsPinning>true</SupportsPinning>`] : []),
    `${i}          </Action>`,
    `${i}        </Control>`,
    `${i}      </Group>`,
    `${i}    </OfficeTab>`,
    `${i}  </ExtensionPoint>`,
    ...(pinnable ? [piece(`${i}  `, safetyWindow.extensionPoints())] : []),
    `${i}</DesktopFormFactor>`,
  ];
}

function mobileFormFactor(indent) {
  const i = indent;
  const icons = [];
  for (const size of Object.keys(addin.icons.mobile)) {
    for (const scale of [1, 2, 3]) icons.push(`${i}          <bt:Image size="${size}" scale="${scale}" resid="Mobile.${size}x${size}"/>`);
  }
  return [
    `${i}<MobileFormFactor>`,
    `${i}  <ExtensionPoint xsi:type="MobileMessageReadCommandSurface">`,
    `${i}    <Group id="recallMobileReadGroup">`,
    `${i}      <Label resid="Group.Label"/>`,
    `${i}      <Control xsi:type="MobileButton" id="recallMobileOpenPaneButton">`,
    `${i}        <Label resid="PaneButton.Label"/>`,
    `${i}        <Icon xsi:type="bt:MobileIconList">`,
    ...icons,
    `${i}        </Icon>`,
    `${i}        <Action xsi:type="ShowTaskpane">`,
    `${i}          <SourceLocation resid="Taskpane.Url"/>`,
    `${i}        </Action>`,
    `${i}      </Control>`,
    `${i}    </Group>`,
    `${i}  </ExtensionPoint>`,
    `${i}</MobileFormFactor>`,
  ];
}

/** @param {string} baseUrl e.g. https://addin.contoso.com/recall */
function renderXml(baseUrl) {
  const base = normalizeBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  const { requirements: req } = addin;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<!-- Generated from scripts/manifest/source.cjs by `npm run manifests` (do not edit by hand). -->',
    '<OfficeApp',
    '  xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"',
    '  xsi:type="MailApp">',
    `  <Id>${addin.id}</Id>`,
    `  <Version>${addin.version}.0</Version>`,
    `  <ProviderName>${esc(addin.provider)}</ProviderName>`,
    `  <DefaultLocale>${addin.defaultLocale}</DefaultLocale>`,
    ...localized('DisplayName', addin.name, '  '),
    ...localized('Description', addin.description, '  '),
    `  <IconUrl DefaultValue="${base}/${addin.icons.icon}"/>`,
    `  <HighResolutionIconUrl DefaultValue="${base}/${addin.icons.highResolutionIcon}"/>`,
    `  <SupportUrl DefaultValue="${base}/${addin.supportPath}"/>`,
    '  <AppDomains>',
    `    <AppDomain>${origin}</AppDomain>`,
    '  </AppDomains>',
    '  <Hosts>',
    '    <Host Name="Mailbox"/>',
    '  </Hosts>',
    '  <Requirements>',
    '    <Sets>',
    `      <Set Name="Mailbox" MinVersion="${req.base}"/>`,
    '    </Sets>',
    '  </Requirements>',
    '  <FormSettings>',
    '    <Form xsi:type="ItemRead">',
    '      <DesktopSettings>',
    `        <SourceLocation DefaultValue="${base}/${addin.taskpanePath}"/>`,
    `        <RequestedHeight>${addin.requestedHeight}</RequestedHeight>`,
    '      </DesktopSettings>',
    '    </Form>',
    '  </FormSettings>',
    `  <!-- ${addin.permissions}: the safety window sets delayDeliveryTime (docs/privacy.md, docs/safety-window.md). -->`,
    `  <Permissions>${addin.permissions}</Permissions>`,
    '  <Rule xsi:type="RuleCollection" Mode="Or">',
    '    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Read"/>',
    '  </Rule>',
    '  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">',
    '    <Requirements>',
    `      <bt:Sets DefaultMinVersion="${req.commands}">`,
    '        <bt:Set Name="Mailbox"/>',
    '      </bt:Sets>',
    '    </Requirements>',
    '    <Hosts>',
    '      <Host xsi:type="MailHost">',
    ...desktopFormFactor('        ', false),
    '      </Host>',
    '    </Hosts>',
    ...resources(base, '    ', false),
    '    <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">',
    '      <Requirements>',
    `        <bt:Sets DefaultMinVersion="${req.pinnableAndMobile}">`,
    '          <bt:Set Name="Mailbox"/>',
    '        </bt:Sets>',
    '      </Requirements>',
    '      <Hosts>',
    '        <Host xsi:type="MailHost">',
    piece('          ', safetyWindow.runtimes()),
    ...desktopFormFactor('          ', true),
    ...mobileFormFactor('          '),
    '        </Host>',
    '      </Hosts>',
    ...resources(base, '      ', true),
    '    </VersionOverrides>',
    '  </VersionOverrides>',
    '</OfficeApp>',
    '',
  ].join('\n');
}

module.exports = { renderXml };
