import { followUpBatches, type FollowUpBatch } from '../domain/followUp';
import type { RecipientAssessment } from '../domain/assessment';
import type { DraftMessage } from '../host/outlookHost';
import type { Translator } from '../i18n/translator';
import type { AlternativeKind } from './wizard';

export interface DraftContext {
  readonly subject: string;
  readonly sentDateTime: Date | null;
}

/** The prefilled follow-up messages for one alternative: one per batch that fits Outlook's form. */
export function followUpDrafts(kind: AlternativeKind, recipients: readonly RecipientAssessment[], context: DraftContext, i18n: Translator): DraftMessage[] {
  return followUpBatches(recipients).map((batch) => draftFor(kind, batch, context, i18n));
}

function draftFor(kind: AlternativeKind, batch: FollowUpBatch, { subject, sentDateTime }: DraftContext, i18n: Translator): DraftMessage {
  const values = { subject, sent: sentDateTime ? i18n.dateTime(sentDateTime) : '' };
  return {
    to: batch.to,
    bcc: batch.bcc,
    subject: i18n.t(`template.${kind}.subject`, values).slice(0, 255),
    htmlBody: i18n.html(`template.${kind}.body`, values),
  };
}
