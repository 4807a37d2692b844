import { parsePolicy } from '../config/loadPolicy';
import { EXCHANGE_ONLINE_DEFAULTS } from '../domain/policy';
import { SAFETY_WINDOW_OFF } from '../domain/safetyWindow';
import type { SendTimeConfig } from './onMessageSend';

/**
 * config.json for the event handler. The URL must be absolute: "Relative URLs in Fetch API calls
 * aren't supported in a JavaScript-only runtime" (event-based-activation.md). A missing file is
 * the defaults (window off); an unreadable one throws, and the handler then asks the user.
 */
export async function loadSendTimeConfig(url: string, fetchImpl: typeof fetch = (input, init) => fetch(input, init)): Promise<SendTimeConfig> {
  const response = await fetchImpl(url, { cache: 'no-cache' });
  if (response.status === 404) return { recallPolicy: EXCHANGE_ONLINE_DEFAULTS, window: SAFETY_WINDOW_OFF };
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const raw = JSON.parse(await response.text()) as unknown;
  const loaded = parsePolicy(raw);
  return { recallPolicy: loaded.policy, window: loaded.safetyWindow };
}
