import type { ConfigProblem } from '../../config/parseConfig';
import { inlineText } from '../../domain/address';
import type { Translator } from '../../i18n/translator';

/**
 * One config.json problem for the admin (behind "Details for your admin"). A key is quoted as the
 * file has it, its invisible characters spelt out, so `recallEnabled` with a zero-width space reads
 * as the different key it is.
 */
export function configProblemText(problem: ConfigProblem, i18n: Translator): string {
  if (problem.kind === 'invalid') return problem.text;
  const key = inlineText(problem.key);
  return problem.kind === 'near-miss' ? i18n.t('config.problem.near-miss', { key, meant: problem.meant }) : i18n.t(`config.problem.${problem.kind}`, { key });
}
