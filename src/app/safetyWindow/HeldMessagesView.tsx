import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Failure } from '../../domain/failure';
import { minutesLeft, stillHeld, type HeldMessage } from '../../domain/safetyWindow';
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
});

type ViewState = { kind: 'loading' } | { kind: 'ready'; held: HeldMessage[] } | { kind: 'failed'; failure: Failure };

/** How often the minutes left are redrawn (and expired holds dropped). */
const TICK_MS = 15_000;

/**
 * "Held messages": what the safety window keeps on the server, the time left for each, and the
 * two ways out — send now, or back to the draft. `reloadKey` lets the host ask for a fresh list.
 */
export function HeldMessagesView({ reloadKey = 0 }: { reloadKey?: number }) {
  const { heldMessages, clock } = useServices();
  const i18n = useI18n();
  const styles = useStyles();
  const [state, setState] = useState<ViewState>({ kind: 'loading' });
  const [actionFailure, setActionFailure] = useState<Failure | null>(null);
  const [, setTick] = useState(0);

  const load = useCallback(async () => {
    if (heldMessages === undefined) return;
    const listed = await heldMessages.list();
    setState(listed.ok ? { kind: 'ready', held: listed.value } : { kind: 'failed', failure: listed.failure });
  }, [heldMessages]);

  useEffect(() => {
    let current = true;
    void heldMessages?.list().then((listed) => {
      if (current) setState(listed.ok ? { kind: 'ready', held: listed.value } : { kind: 'failed', failure: listed.failure });
    });
    return () => {
      current = false;
    };
  }, [heldMessages, reloadKey]);

  useEffect(() => {
    if (heldMessages === undefined) return undefined;
    const timer = setInterval(() => setTick((n) => n + 1), TICK_MS);
    return () => clearInterval(timer);
  }, [heldMessages]);

  if (heldMessages === undefined) return null;
  const now = clock();
  const time = new Intl.DateTimeFormat(i18n.lang === 'ru' ? 'ru-RU' : 'en-GB', { timeStyle: 'short' });
  const act = async (run: () => Promise<{ ok: boolean; failure?: Failure }>) => {
    setActionFailure(null);
    const result = await run();
    if (!result.ok && result.failure) setActionFailure(result.failure);
    await load();
  };
  const held = state.kind === 'ready' ? state.held.filter((h) => stillHeld(h, now)) : [];

  return (
    <section aria-labelledby="held-heading" data-held-view="" data-held-count={state.kind === 'ready' ? held.length : undefined}>
      <h2 id="held-heading" className={styles.heading}>
        {i18n.t('held.title')}
      </h2>
      <OptInSwitch />
      {state.kind === 'loading' ? <Spinner size="tiny" label={i18n.t('held.loading')} /> : null}
      {state.kind === 'failed' ? (
        <MessageBar intent="warning">
          <MessageBarBody>{i18n.t('held.failed', { reason: i18n.failure(state.failure) })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.kind === 'ready' && held.length === 0 ? <p>{i18n.t('held.empty')}</p> : null}
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
                    <Button appearance="primary" onClick={() => void act(() => heldMessages.sendNow(h.id))}>
                      {i18n.t('held.sendNow')}
                    </Button>
                    <Button onClick={() => void act(() => heldMessages.openDraft(h.id))}>{i18n.t('held.dontSend')}</Button>
                  </div>
                  <p className={styles.detail}>{i18n.t('held.dontSend.hint', { time: at })}</p>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {actionFailure ? (
        <MessageBar intent="error">
          <MessageBarBody>{i18n.t('held.failed', { reason: i18n.failure(actionFailure) })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Button size="small" appearance="subtle" onClick={() => void load()}>
        {i18n.t('held.refresh')}
      </Button>
    </section>
  );
}
