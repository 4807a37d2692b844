import { parseConfigText, unreadableConfig, type LoadedConfig } from './parseConfig';

/** Whether the file was there: the event handler treats a missing file differently (sendTimeConfig.ts). */
export type ConfigFileState = 'read' | 'missing' | 'unreadable';

/**
 * How long the task pane waits for config.json. The file is a few hundred bytes from the host that
 * has just served the pane's page and scripts, so no answer by then is a fault of that host, not a
 * slow line; the pane then renders failing closed rather than staying blank. The Send handler waits
 * less (launchevent.ts): Outlook's "taking longer than expected" dialog comes at 5 s.
 */
export const PANE_CONFIG_DEADLINE_MS = 5000;

/**
 * Fetches the admin-deployed config.json next to the page, once per page (each entry calls this
 * and hands the result on). The build ships one (the repo's config.json, all defaults), so a
 * file that is missing (404), unreachable, too slow or not JSON is a deployment fault, not a
 * choice: the admin's real settings are unknown and may be stricter than Exchange Online's
 * defaults, so every setting takes its fail-closed value and the pane says so; there is no app
 * registration, so the add-in runs without Graph.
 *
 * The deadline covers the whole read (headers and body): the request is aborted, and the answer
 * is given even when a fetch ignores the abort.
 */
export async function loadConfig(
  url: string,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  deadlineMs: number = PANE_CONFIG_DEADLINE_MS,
): Promise<LoadedConfig & { readonly file: ConfigFileState }> {
  const unreadable = (problem: string, file: ConfigFileState = 'unreadable') => ({
    ...unreadableConfig(`config.json: ${problem}; every setting is treated as unknown`),
    file,
  });
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<ReturnType<typeof unreadable>>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(unreadable(`no answer within ${deadlineMs / 1000} s`));
    }, deadlineMs);
  });
  const read = async () => {
    try {
      const response = await fetchImpl(url, { cache: 'no-cache', signal: controller.signal });
      if (!response.ok) return response.status === 404 ? unreadable('not found (HTTP 404)', 'missing') : unreadable(`HTTP ${response.status}`);
      const text = await response.text();
      try {
        return { ...parseConfigText(text), file: 'read' as const };
      } catch {
        return unreadable('not valid JSON');
      }
    } catch {
      return unreadable('could not be loaded');
    }
  };
  try {
    return await Promise.race([read(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
