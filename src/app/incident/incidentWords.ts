import type { IncidentAction, IncidentWords, RecallStatus } from '../../domain/incidentSummary';
import type { Translator } from '../../i18n/translator';

const RECALL_STATUS: Record<RecallStatus, string> = {
  succeeded: 'succeeded',
  failed: 'failed',
  pending: 'pending',
  unknown: 'unknown',
  'not-tracked': 'notTracked',
  'not-attempted': 'notAttempted',
};

/** The incident summary's words in the UI language, all from the catalogs. */
export function incidentWords(i18n: Translator): IncidentWords {
  const time = (date: Date) => i18n.dateTime(date);
  const action = (a: IncidentAction): string => {
    switch (a.kind) {
      case 'recall-requested':
        return a.at === null
          ? i18n.t('summary.action.recallNoTime')
          : i18n.t('summary.action.recall', { time: time(a.at), by: a.by === 'add-in' ? 'addin' : 'outlook' });
      case 'recall-requested-earlier':
        return i18n.t('summary.action.recallEarlier');
      case 'follow-up-opened':
        return i18n.t('summary.action.followUp', {
          time: time(a.at),
          template: i18n.t(`alt.${a.template}.label`),
          recipients: a.recipients,
          audience: a.audience,
          part: a.part + 1,
          parts: a.parts,
        });
      case 'security-report-opened':
        return i18n.t('summary.action.securityReport', { time: time(a.at) });
    }
  };
  return {
    title: i18n.t('summary.title'),
    generated: i18n.t('summary.generated'),
    subject: i18n.t('summary.subject'),
    noSubject: i18n.t('context.noSubject'),
    sent: i18n.t('summary.sent'),
    unknownTime: i18n.t('summary.unknownTime'),
    sender: i18n.t('summary.sender'),
    verdict: i18n.t('summary.verdict'),
    recipientsHeading: i18n.t('summary.recipients'),
    actionsHeading: i18n.t('summary.actions'),
    noActions: i18n.t('summary.noActions'),
    dateTime: time,
    overall: (overall) => i18n.t(`summary.overall.${overall}`),
    messageReason: (code) => i18n.t(`reason.${code}.title`),
    counts: (counts) => i18n.t('summary.counts', counts),
    field: (field) => i18n.t(`recipient.field.${field}`),
    audience: (audience) => i18n.t('summary.audience', { audience }),
    verdictOf: (verdict) => i18n.t('summary.verdictOf', { verdict: verdict === 'not-recallable' ? 'no' : verdict }),
    reason: (code) => i18n.t(`reason.${code}.title`),
    recall: (status) => i18n.t('summary.recall', { status: RECALL_STATUS[status] }),
    followUp: (included, why) => i18n.t('summary.followUp', { included: String(included), why: i18n.t(`followUp.why.${why}`) }),
    action,
    moreRecipients: (count) => i18n.t('summary.more', { count }),
  };
}
