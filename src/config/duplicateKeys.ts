/**
 * Keys config.json gives more than once with different values. JSON.parse keeps the last one
 * silently, so `{"recallEnabled": false, …, "recallEnabled": true}` reads as "recall on" although
 * the admin also wrote "off"; parseConfig.ts treats such a setting as unknown instead.
 *
 * A scan of the raw text rather than a parser package: it runs only on text JSON.parse has
 * already accepted, so it needs no error handling of its own, and it costs the pane and the
 * Send runtime (one self-contained file) about a kilobyte rather than a JSON library.
 */

/** The dotted paths (`recallEnabled`, `safetyWindow.minutes`) of keys given twice with different values. */
export function duplicateKeys(json: string): string[] {
  const found = new Set<string>();
  let at = 0;

  const skipSpace = () => {
    while (at < json.length && (json[at] === ' ' || json[at] === '\t' || json[at] === '\n' || json[at] === '\r')) at++;
  };
  /** The string starting at `at` (an opening quote), decoded; `at` ends after its closing quote. */
  const string = (): string => {
    const start = at++;
    while (json[at] !== '"') at += json[at] === '\\' ? 2 : 1;
    at++;
    return JSON.parse(json.slice(start, at)) as string;
  };
  /**
   * Reads the value at `at` and returns it in one canonical spelling, so that equal values compare
   * equal (`1` and `1.0`, `"\u0061"` and `"a"`, the same members in another order); an object's
   * members are those JSON.parse keeps, the last of each key.
   */
  const value = (path: string): string => {
    skipSpace();
    const c = json[at];
    if (c === '"') return JSON.stringify(string());
    if (c === '{') {
      at++;
      const members = new Map<string, string>();
      skipSpace();
      while (json[at] !== '}') {
        skipSpace();
        const key = string();
        skipSpace();
        at++; // ':'
        const child = path === '' ? key : `${path}.${key}`;
        const canonical = value(child);
        const earlier = members.get(key);
        if (earlier !== undefined && earlier !== canonical) found.add(child);
        members.set(key, canonical);
        skipSpace();
        if (json[at] === ',') at++;
      }
      at++;
      return `{${[...members.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${JSON.stringify(k)}:${v}`)
        .join(',')}}`;
    }
    if (c === '[') {
      at++;
      const items: string[] = [];
      skipSpace();
      while (json[at] !== ']') {
        items.push(value(`${path}.${items.length}`));
        skipSpace();
        if (json[at] === ',') at++;
        skipSpace();
      }
      at++;
      return `[${items.join(',')}]`;
    }
    // A number or true / false / null: up to the next delimiter.
    const start = at;
    while (at < json.length && !',}] \t\n\r'.includes(json[at] ?? '')) at++;
    const literal = json.slice(start, at);
    return c === 't' || c === 'f' || c === 'n' ? literal : String(Number(literal));
  };

  value('');
  return [...found];
}
