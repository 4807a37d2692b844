import type { ConfigFileState } from '../config/loadConfig';
import type { LoadedConfig } from '../config/parseConfig';
import { EXCHANGE_ONLINE_DEFAULTS } from '../domain/policy';
import { SAFETY_WINDOW_OFF } from '../domain/safetyWindow';
import type { SendTimeConfig } from './onMessageSend';

/**
 * What the Send check takes from config.json (loaded once by launchevent.ts). A missing file is
 * the defaults (window off). An unreadable file, or a safety window the admin wrote but we can't
 * read (parseConfig.ts: null), throws, and the handler then asks the user: the check never lets a
 * message through unchecked because a setting it needs is unknown.
 */
export function sendTimeConfig(loaded: LoadedConfig & { readonly file: ConfigFileState }): SendTimeConfig {
  if (loaded.file === 'missing') return { recallPolicy: EXCHANGE_ONLINE_DEFAULTS, window: SAFETY_WINDOW_OFF };
  if (loaded.file === 'unreadable') throw new Error('config.json could not be read');
  if (loaded.policy.safetyWindow === null) throw new Error('config.json safetyWindow could not be read');
  return { recallPolicy: loaded.policy.policy, window: loaded.policy.safetyWindow };
}
