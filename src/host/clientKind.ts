import type { AccountKind } from '../domain/facts';
import type { ClientKind } from './outlookHost';

/** Office.context.diagnostics.hostName + platform → where the native Recall command lives. */
export function clientKindOf(hostName: string | undefined, platform: string | undefined): ClientKind {
  switch (hostName) {
    case 'OutlookWebApp':
      return 'web';
    case 'newOutlookWindows':
      return 'newOutlook';
    case 'OutlookIOS':
    case 'OutlookAndroid':
      return 'mobile';
    case 'Outlook':
      if (platform === 'Mac') return 'mac';
      if (platform === 'PC') return 'classicWindows';
      if (platform === 'OfficeOnline') return 'web';
      return 'unknown';
    default:
      return 'unknown';
  }
}

/** userProfile.accountType (Mailbox 1.6): only Exchange-backed work accounts can recall. */
export function accountKindOf(accountType: string | undefined): AccountKind {
  switch (accountType) {
    case 'enterprise':
    case 'office365':
      return 'work';
    case 'outlookCom':
    case 'gmail':
      return 'consumer';
    default:
      return 'unknown';
  }
}

/** Office gives the theme as colours only; a dark body background means a dark theme. */
export function isDarkColour(hex: string | undefined): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex ?? '');
  if (!match?.[1]) return false;
  const n = parseInt(match[1], 16);
  const luminance = (0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
  return luminance < 0.5;
}
