import { useCallback, useMemo, useRef, useState } from 'react';
import { draftClipboardText } from './components/CopyDraft';
import { replacementBatches, replacementClipboardBody, replacementSubject, type BodyCopied, type ReplacementBody } from '../domain/replacement';
import type { FollowUpBatch } from '../domain/followUp';
import { useI18n } from '../i18n/I18nProvider';
import type { CheckOutcome } from '../usecases/check/checkMessage';
import { readReplacementBody, readReplacementText } from '../usecases/replacement/readReplacementBody';
import { useFollowUpSession } from './followUp/FollowUpSession';
import { useServices } from './services';

/** What the last "Open the replacement" did: opened (and how much of the original came with it), or failed. */
export type OpenResult = { readonly kind: 'opened'; readonly part: number; readonly copied: BodyCopied } | { readonly kind: 'failed' };

export interface ReplacementActions {
  readonly batches: readonly FollowUpBatch[];
  readonly result: OpenResult | null;
  readonly busy: boolean;
  /** Opens part `part` in Outlook's new-message form, reading the original's body on the first one. */
  readonly open: (part: number) => Promise<void>;
  /** Where Outlook has no new-message form: the clipboard text of part `part` (null: no such part). */
  readonly clipboardText: (part: number) => Promise<string | null>;
  /** Records that part `part` was handed over (copied where nothing can be opened). */
  readonly markOpened: (part: number) => void;
  readonly skip: (skipped: boolean) => void;
}

/**
 * The replacement for the item on screen: its parts (one per 100 recipients a field), and opening
 * them. The original's body is read through the host only when the user opens (or copies) the
 * replacement, kept in this hook's memory for the next parts, and goes nowhere but into Outlook's
 * form (or the clipboard the user asked for).
 */
export function useReplacement(outcome: CheckOutcome): ReplacementActions {
  const { host } = useServices();
  const i18n = useI18n();
  const { update } = useFollowUpSession();
  const batches = useMemo(() => replacementBatches(outcome.assessment), [outcome.assessment]);
  const subject = replacementSubject(outcome.subject);
  const body = useRef<ReplacementBody | null>(null);
  const [result, setResult] = useState<OpenResult | null>(null);
  const [busy, setBusy] = useState(false);
  const words = useMemo(() => ({ marker: i18n.t('replace.marker'), cutNote: i18n.t('replace.cutNote') }), [i18n]);

  const markOpened = useCallback((part: number) => update({ type: 'replacement-opened', part }), [update]);

  const open = useCallback(
    async (part: number) => {
      const batch = batches[part];
      if (batch === undefined) return;
      setBusy(true);
      try {
        const read = body.current ?? (await readReplacementBody(host, outcome.key, words));
        // The pane has moved to another message: this one's replacement is not opened.
        if (read === null) return;
        body.current = read;
        await host.openNewMessage({ to: batch.to, cc: batch.cc ?? [], bcc: batch.bcc, subject, htmlBody: read.htmlBody });
        markOpened(part);
        setResult({ kind: 'opened', part, copied: read.copied });
      } catch {
        setResult({ kind: 'failed' });
      } finally {
        setBusy(false);
      }
    },
    [batches, host, outcome.key, words, subject, markOpened],
  );

  const clipboardText = useCallback(
    async (part: number) => {
      const batch = batches[part];
      if (batch === undefined) return null;
      const text = await readReplacementText(host, outcome.key);
      return draftClipboardText({ to: batch.to, cc: batch.cc ?? [], bcc: batch.bcc, subject, body: replacementClipboardBody(text, words) }, i18n);
    },
    [batches, host, outcome.key, subject, words, i18n],
  );

  const skip = useCallback((skipped: boolean) => update({ type: 'replacement-skipped', skipped }), [update]);

  return { batches, result, busy, open, clipboardText, markOpened, skip };
}
