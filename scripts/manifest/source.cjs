/**
 * The one source of truth for both manifests: manifest.xml (add-in only, XML) and manifest.json
 * (unified manifest for Microsoft 365). Ids, version, names, descriptions, icons, ru-RU strings,
 * requirement sets and pages are declared once here; renderXml.cjs and renderJson.cjs only lay
 * them out. URLs are paths relative to the add-in's base URL (ADDIN_BASE_URL at build time,
 * https://localhost:3000 for the committed development manifests).
 */
const { PERMISSION: SAFETY_WINDOW_PERMISSION } = require('./safetyWindowExtension.cjs');

const DEV_BASE_URL = 'https://localhost:3000';

const addin = {
  id: '964d1f58-bde3-40f5-9341-dc57c8d3397f',
  /** XML wants n.n.n.n, the unified manifest n.n.n: the XML one appends ".0". */
  version: '1.0.0',
  provider: 'Recall Assistant',
  developerWebsite: 'https://github.com/recall-assistant/recall-assistant',
  /** Relative to the base URL: served with the build (docs/privacy.md and a support page). */
  supportPath: 'support.html',
  privacyPath: 'privacy.html',
  defaultLocale: 'en-US',
  locales: ['ru-RU'],
  name: { 'en-US': 'Recall Assistant', 'ru-RU': 'Помощник отзыва писем' },
  /** ≤ 80 characters: the unified manifest's description.short. */
  shortDescription: {
    'en-US': 'Tells you whether a sent message can still be recalled, and what to do if not.',
    'ru-RU': 'Можно ли ещё отозвать отправленное письмо и что делать, если нельзя.',
  },
  /** ≤ 250 characters: XML <Description> (LongString) and the unified description.full. */
  description: {
    'en-US':
      'Tells you, recipient by recipient, whether a sent message can still be recalled, helps you recall it, and suggests the right alternative when a recall cannot work.',
    'ru-RU':
      'Показывает по каждому получателю, можно ли ещё отозвать отправленное письмо, помогает отозвать его, а если отзыв невозможен — подсказывает, что сделать вместо него.',
  },
  groupLabel: { 'en-US': 'Recall Assistant', 'ru-RU': 'Помощник отзыва писем' },
  /** ≤ 16 characters fits the Outlook mobile button (add-mobile-support.md). */
  buttonLabel: { 'en-US': 'Recall assistant', 'ru-RU': 'Помощник отзыва' },
  buttonTooltip: {
    'en-US': 'Check whether this sent message can still be recalled, recall it, or choose a better way to fix the mistake.',
    'ru-RU': 'Проверить, можно ли ещё отозвать это отправленное письмо, отозвать его или выбрать другой способ исправить ошибку.',
  },
  /**
   * ReadWriteItem, not ReadItem: the safety window's send handler sets the compose item's
   * delayDeliveryTime (safetyWindowExtension.cjs); docs/privacy.md says what is read and written.
   */
  permissions: SAFETY_WINDOW_PERMISSION,
  taskpanePath: 'taskpane.html',
  requestedHeight: 250,
  /** Requirement sets: base manifest, VersionOverrides V1_0 (add-in commands) and V1_1 (pinning, mobile). */
  requirements: { base: '1.1', commands: '1.3', pinnableAndMobile: '1.5' },
  icons: {
    /** XML IconUrl (64) and HighResolutionIconUrl (128). */
    icon: 'assets/icon-64.png',
    highResolutionIcon: 'assets/icon-128.png',
    /** Desktop ribbon button: 16, 32, 80 are required (Icon element reference). */
    button: { 16: 'assets/icon-16.png', 32: 'assets/icon-32.png', 80: 'assets/icon-80.png' },
    /** Outlook mobile: 25, 32, 48 at scales 1–3 (bt:MobileIconList; add-mobile-support.md). */
    mobile: { 25: 'assets/icon-25.png', 32: 'assets/icon-32.png', 48: 'assets/icon-48.png' },
    /** Unified manifest app icons: color 192×192, outline 32×32. */
    color: 'assets/icon-192.png',
    outline: 'assets/icon-outline-32.png',
  },
  accentColor: '#0F6CBD',
};

/** "https://host:port/path/" → "https://host:port/path" (no trailing slash). */
function normalizeBaseUrl(baseUrl) {
  return String(baseUrl || DEV_BASE_URL).replace(/\/+$/, '');
}

module.exports = { addin, DEV_BASE_URL, normalizeBaseUrl };
