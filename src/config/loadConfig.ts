import { parseConfig, unreadableConfig, type LoadedConfig } from './parseConfig';

/** Whether the file was there: the event handler treats a missing file differently (sendTimeConfig.ts). */
export type ConfigFileState = 'read' | 'missing' | 'unreadable';

/**
 * Fetches the admin-deployed config.json next to the page, once per page (each entry calls this
 * and hands the result on). The build ships one (the repo's config.json, all defaults), so a
 * file that is missing (404), unreachable or not JSON is a deployment fault, not a choice: the
 * admin's real settings are unknown and may be stricter than Exchange Online's defaults, so
 * every setting takes its fail-closed value and the pane says so; there is no app registration,
 * so the add-in runs without Graph.
 */
export async function loadConfig(
  url: string,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<LoadedConfig & { readonly file: ConfigFileState }> {
  const unreadable = (problem: string, file: ConfigFileState = 'unreadable') => ({
    ...unreadableConfig(`config.json: ${problem}; every setting is treated as unknown`),
    file,
  });
  try {
    const response = await fetchImpl(url, { cache: 'no-cache' });
    if (!response.ok) return response.status === 404 ? unreadable('not found (HTTP 404)', 'missing') : unreadable(`HTTP ${response.status}`);
    const text = await response.text();
    try {
      return { ...parseConfig(JSON.parse(text)), file: 'read' };
    } catch {
      return unreadable('not valid JSON');
    }
  } catch {
    return unreadable('could not be loaded');
  }
}
