import type { ConfigFileState } from '../config/loadConfig';
import type { LoadedConfig } from '../config/parseConfig';
import { EXCHANGE_ONLINE_DEFAULTS } from '../domain/policy';
import { SAFETY_WINDOW_OFF } from '../domain/safetyWindow';
import type { SendTimeConfig } from './onMessageSend';

/**
 * What the Send check takes from config.json (loaded once by launchevent.ts). A missing file is
 * the defaults (window off); an unreadable one throws, and the handler then asks the user.
 */
export function sendTimeConfig(loaded: LoadedConfig & { readonly file: ConfigFileState }): SendTimeConfig {
  if (loaded.file === 'missing') return { recallPolicy: EXCHANGE_ONLINE_DEFAULTS, window: SAFETY_WINDOW_OFF };
  if (loaded.file === 'unreadable') throw new Error('config.json could not be read');
  return { recallPolicy: loaded.policy.policy, window: loaded.policy.safetyWindow };
}
