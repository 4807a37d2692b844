export type Verdict = 'recallable' | 'not-recallable' | 'uncertain';
export type OverallVerdict = Verdict | 'partial';

const severity: Record<Verdict, number> = { recallable: 0, uncertain: 1, 'not-recallable': 2 };

/** The most pessimistic of several verdicts: one reason that blocks outweighs any that allow. */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((worst, v) => (severity[v] > severity[worst] ? v : worst), 'recallable');
}
