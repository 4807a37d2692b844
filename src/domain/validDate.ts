/**
 * The one gate for times arriving from outside (Office.js, Graph, a scenario): a Date that can be
 * computed with and formatted, or null. An Invalid Date would throw later (toISOString, Intl), far
 * from where it came in; null is shown as "unknown time" and judged as a missing fact.
 */
export function validDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}
