import * as v from 'valibot';
import { MAX_WINDOW_MINUTES, SAFETY_WINDOW_OFF, type SafetyWindowPolicy } from '../domain/safetyWindow';

/** config.json `safetyWindow`, as the admin writes it (docs/safety-window.md). */
const minutes = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_WINDOW_MINUTES));
const safetyWindowSchema = v.strictObject({
  minutes: v.optional(minutes, 0),
  for: v.optional(v.picklist(['outsiders', 'everyone']), 'outsiders'),
  optInMinutes: v.optional(minutes, 0),
});

export interface LoadedSafetyWindow {
  readonly policy: SafetyWindowPolicy;
  readonly problems: readonly string[];
}

/**
 * Reads `safetyWindow` from the whole config object. A missing block means off. An invalid one
 * also means off, with the problem named: holding someone's mail is a cost the admin must have
 * asked for in a form we understand, and the recall verdicts never depend on it.
 */
export function parseSafetyWindow(config: unknown): LoadedSafetyWindow {
  const raw = typeof config === 'object' && config !== null ? (config as Record<string, unknown>).safetyWindow : undefined;
  if (raw === undefined) return { policy: SAFETY_WINDOW_OFF, problems: [] };
  const result = v.safeParse(safetyWindowSchema, raw);
  if (!result.success) {
    return { policy: SAFETY_WINDOW_OFF, problems: result.issues.map((issue) => `safetyWindow.${v.getDotPath(issue) ?? '(root)'}: ${issue.message}; the safety window stays off`) };
  }
  return { policy: result.output, problems: [] };
}
