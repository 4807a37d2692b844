import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Failure } from '../../domain/failure';
import { unlistedHeldTimes } from '../../domain/heldTimes';
import { minutesLeft, stillHeld, type HeldList } from '../../domain/safetyWindow';
import { useI18n } from '../../i18n/I18nProvider';
import { useServices } from '../services';
import { OptInSwitch } from './OptInSwitch';

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}` },
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalM },
  item: { padding: tokens.spacingHorizontalM, border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
  subject: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', margin: 0 },
  detail: { margin: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  notices: { display: 'grid', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalM },
});

/** `unlisted`: no Graph here at all, so Drafts can't be listed. */
type ViewState = { kind: 'loading' } | { kind: 'ready'; list: HeldList } | { kind: 'failed'; failure: Failure } | { kind: 'unlisted' };

/** How often the minutes left are redrawn (and expired holds dropped). */
const TICK_MS = 15_000;

/**
 * "Held messages": what the safety window keeps on the server, the time left for each, and the one
 * documented way out: the held message waits in Drafts, where the user can edit or delete it
 * (delay-delivery.md). Nothing here sends or changes a held message. Where Graph can't list Drafts,
 * the delivery times the Send handler left (heldTimes) still say that a message is held, until
 * when, and how to stop it. `reloadKey` lets the host ask for a fresh list.
 */
export function HeldMessagesView({ reloadKey = 0 }: { reloadKey?: number }) {
  const { heldMessages, heldTimes, clock } = useServices();
  const i18n = useI18n();
  const styles = useStyles();
  const [state, setState] = useState<ViewState>(heldMessages === undefined ? { kind: 'unlisted' } : { kind: 'loading' });
  const [actionFailure, setActionFailure] = useState<Failure | null>(null);
  const [, setTick] = useState(0);

  const load = useCallback(async () => {
    if (heldMessages === undefined) return;
    const listed = await heldMessages.list();
    setState(listed.ok ? { kind: 'ready', list: listed.value } : { kind: 'failed', failure: listed.failure });
  }, [heldMessages]);

  useEffect(() => {
    let current = true;
    void heldMessages?.list().then((listed) => {
      if (current) setState(listed.ok ? { kind: 'ready', list: listed.value } : { kind: 'failed', failure: listed.failure });
    });
    return () => {
      current = false;
    };
  }, [heldMessages, reloadKey]);

  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), TICK_MS);
    return () => clearInterval(timer);
  }, []);

  if (heldMessages === undefined && heldTimes === undefined) return null;
  const now = clock();
  const time = new Intl.DateTimeFormat(i18n.lang === 'ru' ? 'ru-RU' : 'en-GB', { timeStyle: 'short' });
  const open = async (id: string) => {
    setActionFailure(null);
    const result = await heldMessages?.openDraft(id);
    if (result !== undefined && !result.ok) setActionFailure(result.failure);
  };
  const listed = state.kind === 'ready' ? state.list : null;
  const held = listed?.held.filter((h) => stillHeld(h, now)) ?? [];
  // While Graph is still being asked, its answer decides which remembered times need a notice.
  const notices = state.kind === 'loading' ? [] : unlistedHeldTimes(heldTimes?.read(now) ?? [], listed);

  return (
    <section aria-labelledby="held-heading" data-held-view="" data-held-count={listed ? held.length : undefined}>
      <h2 id="held-heading" className={styles.heading}>
        {i18n.t('held.title')}
      </h2>
      <OptInSwitch />
      {notices.length > 0 ? (
        <div className={styles.notices}>
          {notices.map((at) => (
            <MessageBar key={at.getTime()} intent="warning" layout="multiline" data-held-notice="" data-held-until={at.toISOString()}>
              <MessageBarBody>{i18n.t('held.notice', { time: time.format(at) })}</MessageBarBody>
            </MessageBar>
          ))}
        </div>
      ) : null}
      {state.kind === 'loading' ? <Spinner size="tiny" label={i18n.t('held.loading')} /> : null}
      {state.kind === 'failed' ? <p className={styles.detail}>{i18n.t('held.listFailed', { reason: i18n.failure(state.failure) })}</p> : null}
      {state.kind === 'unlisted' && notices.length === 0 ? <p className={styles.detail}>{i18n.t('held.unlisted')}</p> : null}
      {listed?.complete === true && held.length === 0 ? <p>{i18n.t('held.empty')}</p> : null}
      {held.length > 0 ? (
        <>
          <p className={styles.detail}>{i18n.t('held.intro')}</p>
          <ul className={styles.list}>
            {held.map((h) => {
              const at = time.format(h.deliverAt);
              return (
                <li key={h.id} className={styles.item} data-held-message={h.id} data-minutes-left={minutesLeft(h.deliverAt, now)}>
                  <p className={styles.subject}>{h.subject || i18n.t('held.noSubject')}</p>
                  <p className={styles.detail}>{i18n.t('held.to', { recipients: h.recipients.join(', ') })}</p>
                  <p className={styles.detail} aria-live="polite">
                    {i18n.t('held.leavesIn', { minutes: minutesLeft(h.deliverAt, now), time: at })}
                  </p>
                  <div className={styles.actions}>
                    <Button appearance="primary" onClick={() => void open(h.id)}>
                      {i18n.t('held.open')}
                    </Button>
                  </div>
                  <p className={styles.detail}>{i18n.t('held.open.hint', { time: at })}</p>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {listed?.complete === false ? <p className={styles.detail}>{i18n.t('held.incomplete')}</p> : null}
      {actionFailure ? (
        <MessageBar intent="error">
          <MessageBarBody>{i18n.t('held.failed', { reason: i18n.failure(actionFailure) })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {heldMessages !== undefined ? (
        <Button size="small" appearance="subtle" onClick={() => void load()}>
          {i18n.t('held.refresh')}
        </Button>
      ) : null}
    </section>
  );
}
