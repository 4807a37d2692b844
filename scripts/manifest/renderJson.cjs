/**
 * Lays out the unified manifest for Microsoft 365 (manifest.json) and its ru-RU localization file
 * from source.cjs, for one base URL. Outlook on the web, new Outlook and classic Windows 2307+ run
 * it; classic Mac and mobile need manifest.xml (docs/deploy.md). `webApplicationInfo` appears only
 * when a client id is given: it lets an admin consent to the app registration's Graph permissions
 * at deployment (docs: develop/authorize-to-microsoft-graph.md — permissions come from Entra).
 */
const { addin, normalizeBaseUrl } = require('./source.cjs');
const safetyWindow = require('./safetyWindowExtension.cjs');

const MANIFEST_VERSION = '1.22';
const SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
const LOCALIZATION_SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const lang = (locale) => locale.toLowerCase();
const localizationFile = (locale) => `manifest.${locale}.json`;

/** Strings the ru-RU file overrides, keyed by their path in the manifest (Localization schema). */
function localizedStrings(locale) {
  const control = 'extensions[0].ribbons[0].tabs[0].groups[0].controls[0]';
  const holdControl = 'extensions[0].ribbons[1].tabs[0].groups[0].controls[0]';
  return {
    'name.short': addin.name[locale],
    'name.full': addin.name[locale],
    'description.short': addin.shortDescription[locale],
    'description.full': addin.description[locale],
    'extensions[0].ribbons[0].tabs[0].groups[0].label': addin.groupLabel[locale],
    [`${control}.label`]: addin.buttonLabel[locale],
    [`${control}.supertip.title`]: addin.buttonLabel[locale],
    [`${control}.supertip.description`]: addin.buttonTooltip[locale],
    // The safety window's compose button (safetyWindowExtension.cjs).
    'extensions[0].ribbons[1].tabs[0].groups[0].label': addin.groupLabel[locale],
    [`${holdControl}.label`]: safetyWindow.HOLD_LABEL[locale],
    [`${holdControl}.supertip.title`]: safetyWindow.HOLD_LABEL[locale],
    [`${holdControl}.supertip.description`]: safetyWindow.HOLD_TOOLTIP[locale],
  };
}

/**
 * @param {string} baseUrl
 * @param {{ clientId?: string | null }} [options] clientId: the Entra app registration (config.json auth.clientId)
 */
function renderJson(baseUrl, { clientId = null } = {}) {
  const base = normalizeBaseUrl(baseUrl);
  const { host } = new URL(base);
  const en = addin.defaultLocale;
  const icons = (sizes) => Object.entries(sizes).map(([size, path]) => ({ size: Number(size), url: `${base}/${path}` }));
  const mailbox = (minVersion) => ({ capabilities: [{ name: 'Mailbox', minVersion }] });
  const manifest = {
    $schema: SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version: addin.version,
    id: addin.id,
    localizationInfo: {
      defaultLanguageTag: lang(en),
      additionalLanguages: addin.locales.map((locale) => ({ languageTag: lang(locale), file: localizationFile(locale) })),
    },
    developer: {
      name: addin.provider,
      websiteUrl: `${base}/${addin.supportPath}`,
      privacyUrl: `${base}/${addin.privacyPath}`,
      termsOfUseUrl: `${base}/${addin.supportPath}`,
    },
    name: { short: addin.name[en], full: addin.name[en] },
    description: { short: addin.shortDescription[en], full: addin.description[en] },
    icons: { outline: addin.icons.outline, color: addin.icons.color },
    accentColor: addin.accentColor,
    validDomains: [host],
    ...(clientId ? { webApplicationInfo: { id: clientId } } : {}),
    // ReadWrite: the safety window sets delayDeliveryTime on the compose item (docs/privacy.md).
    authorization: { permissions: { resourceSpecific: [{ name: safetyWindow.UNIFIED_PERMISSION, type: 'Delegated' }] } },
    extensions: [
      {
        requirements: { scopes: ['mail'], ...mailbox(addin.requirements.commands) },
        runtimes: [
          {
            requirements: mailbox(addin.requirements.commands),
            id: 'TaskPaneRuntime',
            type: 'general',
            code: { page: `${base}/${addin.taskpanePath}` },
            lifetime: 'short',
            actions: [{ id: 'TaskPaneRuntimeShow', type: 'openPage', pinnable: true }],
          },
          safetyWindow.unifiedRuntime(base),
        ],
        ribbons: [
          {
            contexts: ['mailRead'],
            tabs: [
              {
                builtInTabId: 'TabDefault',
                groups: [
                  {
                    id: 'recallReadGroup',
                    label: addin.groupLabel[en],
                    icons: icons(addin.icons.button),
                    controls: [
                      {
                        id: 'recallOpenPaneButton',
                        type: 'button',
                        label: addin.buttonLabel[en],
                        icons: icons(addin.icons.button),
                        supertip: { title: addin.buttonLabel[en], description: addin.buttonTooltip[en] },
                        actionId: 'TaskPaneRuntimeShow',
                      },
                    ],
                  },
                ],
              },
            ],
          },
          safetyWindow.unifiedComposeRibbon(addin.groupLabel[en], icons(addin.icons.button)),
        ],
        autoRunEvents: safetyWindow.unifiedAutoRunEvents(),
      },
    ],
  };
  const localizations = Object.fromEntries(
    addin.locales.map((locale) => [localizationFile(locale), { $schema: LOCALIZATION_SCHEMA, ...localizedStrings(locale) }]),
  );
  return { manifest, localizations };
}

module.exports = { renderJson, GUID, MANIFEST_VERSION };
