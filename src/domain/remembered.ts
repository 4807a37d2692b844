/**
 * A pure function of a string, remembered: a long list asks the same things thousands of times
 * (5,000 addresses share a handful of domains; each address is parsed for batch building, MailTips
 * answers and rules), so the work after Graph answers stays small. Up to a bound, because the
 * keys are untrusted input; the results must be immutable.
 */
export function remembered<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
