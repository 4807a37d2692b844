import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { inlineText } from '../../domain/address';
import type { Assessment, RecipientAssessment } from '../../domain/assessment';
import type { RecallPolicy } from '../../domain/policy';
import type { MessageReason, ReasonCode } from '../../domain/reasonCodes';
import type { RecallRecord } from '../../domain/recallPlan';
import type { OverallVerdict } from '../../domain/verdict';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translator } from '../../i18n/translator';
import { useContractComplete } from './contractGate';
import { ReasonText } from './ReasonText';

const INTENT: Record<OverallVerdict, 'success' | 'warning' | 'error' | 'info'> = {
  recallable: 'success',
  partial: 'warning',
  uncertain: 'info',
  'not-recallable': 'error',
};

/** How many people a headline names before "and N more". */
const NAMED = 2;

const useStyles = makeStyles({
  bar: { marginBottom: tokens.spacingVerticalM, alignItems: 'flex-start' },
  reasons: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export function verdictTitle(assessment: Assessment, t: Translator['t']): string {
  const { overall, counts, recipients } = assessment;
  return t(`overall.${overall}.title`, {
    reachable: counts.recallable + counts.uncertain,
    total: recipients.length,
    certain: counts.uncertain === 0 ? 'yes' : 'no',
  });
}

/**
 * A recipient as the banner names them: the name with the address, as the rows show them, so a
 * Gmail address under a colleague's display name does not read as the colleague; invisible
 * characters spelt out and each part isolated (inlineText), so a right-to-left override in a name
 * can't reverse the banner's own words.
 */
function nameOf(r: RecipientAssessment, i18n: Translator): string {
  const name = r.name.trim();
  if (r.address === '') return inlineText(name || i18n.t('recipient.noAddress'));
  if (name === '' || name.toLowerCase() === r.address.toLowerCase()) return inlineText(r.address);
  return i18n.t('recipient.nameAndAddress', { name: inlineText(name), address: inlineText(r.address) });
}

/**
 * "Dmitry (dmitry.k@gmail.com) — personal mailbox; Laura Jensen (…) — outside your organisation and 2 more". A row that
 * a message-level caution keeps at uncertain (`cappedBy`) is named with that caution, as its row is.
 */
function whoAndWhy(people: readonly RecipientAssessment[], i18n: Translator, cappedBy: MessageReason | undefined): string {
  const why = (r: RecipientAssessment): ReasonCode => (cappedBy !== undefined && r.verdict !== r.recipientVerdict ? cappedBy : r.decisiveReason);
  const named = people
    .slice(0, NAMED)
    .map((r) =>
      i18n.t('overall.whoWhy', {
        name: nameOf(r, i18n),
        why: i18n.t(`reason.${why(r)}.title`).toLocaleLowerCase(i18n.lang),
      }),
    )
    .join('; ');
  return i18n.t('overall.andMore', { list: named, more: people.length - Math.min(people.length, NAMED) });
}

/** The overall verdict's DOM contract (docs/scenarios.md), on the element that says it in words. */
export function overallAttributes(assessment: Assessment) {
  return {
    'data-overall-verdict': assessment.overall,
    'data-message-reasons': assessment.messageReasons.join(' '),
    'data-message-cautions': assessment.messageCautions.join(' '),
  };
}

function readers(assessment: Assessment): RecipientAssessment[] {
  return assessment.recipients.filter((r) => r.reasons.includes('READ'));
}

/**
 * The overall verdict, naming who a recall misses and why, and who has already read it; announced
 * to screen readers. After a recall was requested it says so instead of "can't be recalled".
 * With `brief` (a verdict without Microsoft 365's evidence) it says only that one line of why under
 * its title: the step shows the rest (VerdictReasons) folded, after its action.
 */
export function VerdictBanner({
  assessment,
  policy,
  recall,
  brief,
}: {
  assessment: Assessment;
  policy: RecallPolicy;
  recall: RecallRecord | null;
  brief?: string;
}) {
  const i18n = useI18n();
  const styles = useStyles();
  // The contract's marker comes with every recipient's attributes (contractGate.tsx).
  const contractComplete = useContractComplete();
  const earlier = recall !== null;
  const title = earlier ? i18n.t('overall.recallRequested.title') : verdictTitle(assessment, i18n.t);
  const read = readers(assessment);
  // Already read is never good news, even when a recall still reaches everyone.
  const intent = earlier ? 'info' : assessment.overall === 'recallable' && read.length > 0 ? 'warning' : INTENT[assessment.overall];
  return (
    <div {...(contractComplete ? overallAttributes(assessment) : {})}>
      <div role="status" aria-live="polite" className={styles.srOnly}>
        {i18n.t('overall.announce', { title })}
      </div>
      <MessageBar intent={intent} layout="multiline" className={styles.bar}>
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {earlier ? (
            <div>{i18n.t('overall.recallRequested.body')}</div>
          ) : brief !== undefined ? (
            <div data-verdict-brief="">{brief}</div>
          ) : (
            <VerdictReasons assessment={assessment} policy={policy} />
          )}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

/** Who a recall misses and why, who is uncertain, what evidence is missing, who has read it. */
export function VerdictReasons({ assessment, policy }: { assessment: Assessment; policy: RecallPolicy }) {
  const i18n = useI18n();
  const styles = useStyles();
  const blocked = assessment.messageReasons.length > 0;
  const missed = blocked ? [] : assessment.recipients.filter((r) => r.verdict === 'not-recallable');
  const unsure = blocked ? [] : assessment.recipients.filter((r) => r.verdict === 'uncertain');
  const read = readers(assessment);
  return (
    <>
      {blocked ? (
        <ul className={styles.reasons}>
          {assessment.messageReasons.map((code) => (
            <li key={code}>
              <ReasonText code={code} policy={policy} />
            </li>
          ))}
        </ul>
      ) : (
        <>
          {missed.length > 0 ? <div data-verdict-missed="">{i18n.t('overall.missed', { list: whoAndWhy(missed, i18n, undefined) })}</div> : null}
          {unsure.length > 0 ? <div>{i18n.t('overall.unsure', { list: whoAndWhy(unsure, i18n, assessment.messageCautions[0]) })}</div> : null}
          <div>{i18n.t(`overall.${assessment.overall}.body`)}</div>
        </>
      )}
      {/* Missing evidence that keeps everyone at most uncertain: each says what is missing. */}
      {!blocked && assessment.messageCautions.length > 0 ? (
        <ul className={styles.reasons}>
          {assessment.messageCautions.map((code) => (
            <li key={code}>
              <ReasonText code={code} policy={policy} />
            </li>
          ))}
        </ul>
      ) : null}
      {read.length > 0 ? (
        <div data-verdict-read="">
          {i18n.t('overall.read', {
            names: i18n.t('overall.andMore', {
              list: read
                .slice(0, NAMED)
                .map((r) => nameOf(r, i18n))
                .join(', '),
              more: Math.max(0, read.length - NAMED),
            }),
            allowed: String(policy.recallReadMessages),
          })}
        </div>
      ) : null}
    </>
  );
}
