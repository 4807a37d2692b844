import { clampSubject, textToHtml } from '../../domain/draftText';
import type { Audience, FollowUpBatch, FollowUpTemplate } from '../../domain/followUp';
import type { DraftMessage } from '../../host/outlookHost';
import type { Translator } from '../../i18n/translator';
import type { DraftText } from '../alternatives/session';

export interface TemplateContext {
  /** The original message's subject and sending time, as the templates quote them. */
  readonly subject: string;
  readonly sentDateTime: Date | null;
  /** The sender's display name, to sign with; may be empty. */
  readonly senderName: string;
  /** How many people this text goes to (greeting: one person or several). */
  readonly count: number;
}

/**
 * The starting text of a follow-up: plain text from the catalog (ICU), filled with the original
 * subject and date. The user edits it as plain text; HTML is made only when the draft opens.
 */
export function templateText(i18n: Translator, template: FollowUpTemplate, audience: Audience, context: TemplateContext): DraftText {
  const subject = context.subject.trim() || i18n.t('context.noSubject');
  const values = {
    subject,
    sent: context.sentDateTime ? i18n.dateTime(context.sentDateTime) : '',
    when: context.sentDateTime ? 'known' : 'unknown',
    count: context.count,
    sender: context.senderName.trim(),
  };
  return {
    subject: clampSubject(i18n.t(`template.${template}.subject`, values)),
    body: i18n.t(`template.${template}.${audience}.body`, values).trim(),
  };
}

/** What Outlook's new-message form gets: escaped paragraphs, a subject that fits, Bcc kept in Bcc. */
export function draftMessage(text: DraftText, batch: FollowUpBatch): DraftMessage {
  return { to: batch.to, bcc: batch.bcc, subject: clampSubject(text.subject.trim()), htmlBody: textToHtml(text.body) };
}
