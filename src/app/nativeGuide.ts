import type { ClientKind } from '../host/outlookHost';
import type { MessageKey } from '../i18n/en';

/**
 * Where the native Recall command is, per client: the catalog keys of the numbered steps. The
 * labels themselves (and their Russian forms, to verify in a Russian Outlook) live in en.ts/ru.ts.
 */
export const NATIVE_GUIDE_STEPS: Record<ClientKind, readonly MessageKey[]> = {
  web: ['guide.web.1', 'guide.web.2', 'guide.web.3'],
  newOutlook: ['guide.newOutlook.1', 'guide.newOutlook.2', 'guide.newOutlook.3'],
  classicWindows: ['guide.classicWindows.1', 'guide.classicWindows.2', 'guide.classicWindows.3', 'guide.classicWindows.4'],
  mac: ['guide.mac.1', 'guide.mac.2'],
  mobile: ['guide.mobile.1', 'guide.mobile.2'],
  unknown: ['guide.unknown.1', 'guide.unknown.2'],
};
