/**
 * The words a recall report uses for one recipient's outcome, and what they mean. A row counts as
 * recalled only on a recognised success wording with no negation anywhere in it; a failure or
 * pending wording wins over a success word in the same row (never more hopeful than the row);
 * anything else is unknown, never recalled by default.
 */
export type WordedOutcome = 'succeeded' | 'failed' | 'pending';

interface StatusWording {
  readonly outcome: WordedOutcome;
  readonly lang: 'en' | 'ru';
  /** Whole words in order (lower case, `'` for any apostrophe), matched anywhere in the row. */
  readonly phrase: string;
  /** Where the wording comes from: a Microsoft page, a secondary source, or our assumption. */
  readonly source: string;
}

const KB_185038 = 'Microsoft KB 185038, "XCLN: Message Recall Failure when Recalling a Message": body "Your message … could not be recalled on …"';
const CLASSIC_SUBJECTS =
  'secondary: the classic per-recipient reports\' subjects "Message Recall Success:" / "Message Recall Failure:" (KB 185038 shows the failure one)';
const PENDING_SEEN = 'secondary: admins\' troubleshooting notes on cloud-based recall ("shows the status as Pending")';
const ASSUMED_EN = "assumption: no Microsoft page with the cloud report's status column was found";
const ASSUMED_RU = 'assumption: the Russian report wording was not found in a Microsoft source; natural Russian for the same status';

/** Every wording the reports are read with: one table, with its source. */
export const STATUS_WORDINGS: readonly StatusWording[] = [
  { outcome: 'failed', lang: 'en', phrase: 'could not be recalled', source: KB_185038 },
  { outcome: 'failed', lang: 'en', phrase: "couldn't be recalled", source: `${ASSUMED_EN} (the contracted form of KB 185038's wording)` },
  { outcome: 'failed', lang: 'en', phrase: 'not recalled', source: ASSUMED_EN },
  { outcome: 'failed', lang: 'en', phrase: "wasn't recalled", source: ASSUMED_EN },
  { outcome: 'failed', lang: 'en', phrase: 'failure', source: CLASSIC_SUBJECTS },
  { outcome: 'failed', lang: 'en', phrase: 'failed', source: ASSUMED_EN },
  { outcome: 'failed', lang: 'en', phrase: 'unsuccessful', source: ASSUMED_EN },
  { outcome: 'pending', lang: 'en', phrase: 'pending', source: PENDING_SEEN },
  { outcome: 'pending', lang: 'en', phrase: 'in progress', source: ASSUMED_EN },
  { outcome: 'succeeded', lang: 'en', phrase: 'success', source: CLASSIC_SUBJECTS },
  { outcome: 'succeeded', lang: 'en', phrase: 'succeeded', source: ASSUMED_EN },
  { outcome: 'succeeded', lang: 'en', phrase: 'successful', source: ASSUMED_EN },
  { outcome: 'succeeded', lang: 'en', phrase: 'recalled', source: ASSUMED_EN },
  { outcome: 'failed', lang: 'ru', phrase: 'не удалось', source: ASSUMED_RU },
  { outcome: 'failed', lang: 'ru', phrase: 'не отозвано', source: ASSUMED_RU },
  { outcome: 'failed', lang: 'ru', phrase: 'не отозван', source: ASSUMED_RU },
  { outcome: 'failed', lang: 'ru', phrase: 'сбой', source: ASSUMED_RU },
  { outcome: 'failed', lang: 'ru', phrase: 'ошибка', source: ASSUMED_RU },
  { outcome: 'pending', lang: 'ru', phrase: 'ожидание', source: ASSUMED_RU },
  { outcome: 'pending', lang: 'ru', phrase: 'в ожидании', source: ASSUMED_RU },
  { outcome: 'pending', lang: 'ru', phrase: 'ожидает', source: ASSUMED_RU },
  { outcome: 'pending', lang: 'ru', phrase: 'выполняется', source: ASSUMED_RU },
  { outcome: 'succeeded', lang: 'ru', phrase: 'отозвано', source: ASSUMED_RU },
  { outcome: 'succeeded', lang: 'ru', phrase: 'отозван', source: ASSUMED_RU },
  { outcome: 'succeeded', lang: 'ru', phrase: 'отозвана', source: ASSUMED_RU },
  { outcome: 'succeeded', lang: 'ru', phrase: 'успешно', source: ASSUMED_RU },
];

/**
 * Words that turn a success word around ("not", "couldn't", «не», «нет», …): a row holding one is
 * never read as a success, whatever else it says. English and Russian grammar; any word ending
 * in "n't" counts too.
 */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'cannot', 'unable', 'without', 'не', 'нет', 'ни', 'невозможно', 'нельзя', 'без']);

/** Lower-case words of a row, apostrophes made one (’ ‘ ʼ → '). */
function wordsOf(row: string): string[] {
  return (
    row
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’‘ʼ`]/gu, "'")
      .match(/[\p{L}\p{N}']+/gu) ?? []
  );
}

function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  return words.some((_, i) => phrase.every((p, j) => words[i + j] === p));
}

const PHRASES = STATUS_WORDINGS.map((w) => ({ outcome: w.outcome, words: wordsOf(w.phrase) }));

/** What one row of a report says about the recipient it names (the address already taken out of it). */
export function statusOfRow(row: string): WordedOutcome | 'unknown' {
  const words = wordsOf(row);
  const said = new Set(PHRASES.filter((p) => holdsPhrase(words, p.words)).map((p) => p.outcome));
  if (said.has('failed')) return 'failed';
  if (said.has('pending')) return 'pending';
  const negated = words.some((w) => NEGATIONS.has(w) || w.endsWith("n't"));
  return said.has('succeeded') && !negated ? 'succeeded' : 'unknown';
}
