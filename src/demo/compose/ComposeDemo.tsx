import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { HeldMessagesView } from '../../app/safetyWindow/HeldMessagesView';
import type { HeldMessages } from '../../domain/safetyWindow';
import { ServicesProvider, type Services } from '../../app/services';
import type { GraphClient } from '../../graph/graphClient';
import { parseConfig } from '../../config/parseConfig';
import { sendTimeConfig } from '../../launchevent/sendTimeConfig';
import { storageHeldTimes } from '../../host/heldTimesStorage';
import { ok } from '../../domain/failure';
import { parseAddress } from '../../domain/address';
import { graphHeldMessages } from '../../graph/heldMessages';
import { sendTimeEvidence } from '../../graph/sendTimeEvidence';
import { useI18n } from '../../i18n/I18nProvider';
import { holdAndSend } from '../../launchevent/holdAndSend';
import { onMessageSendHandler, type CompletedOptions, type SendTimeDeps } from '../../launchevent/onMessageSend';
import type { Scenario } from '../scenario';
import type { HeldDraftStore } from '../simulatedHeldDrafts';
import { SimulatedComposeWindow, type ComposeNotice } from './simulatedCompose';

const useStyles = makeStyles({
  window: {
    marginTop: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalS}` },
  dl: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    margin: `0 0 ${tokens.spacingVerticalM}`,
  },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  alert: {
    marginTop: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `2px solid ${tokens.colorPaletteMarigoldBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  alertText: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  pane: { padding: tokens.spacingHorizontalL, backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1, minHeight: '100%' },
  paneTitle: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
});

type Phase =
  | { kind: 'composing' }
  | { kind: 'checking' }
  | { kind: 'alert'; options: CompletedOptions }
  | { kind: 'editing' }
  | { kind: 'sent' }
  | { kind: 'held'; until: Date }
  /** The held draft opened from the pane ("Open in Drafts"): Outlook's Delete, or close it and let it wait. */
  | { kind: 'opened'; id: string; until: Date }
  | { kind: 'deleted' };

interface ComposeDemoProps {
  readonly scenario: Scenario;
  readonly store: HeldDraftStore;
  /** The page's services (host, Graph port, clock); held messages are added here. */
  readonly services: Services;
  /** The page's one Graph client, for the send-time lookup and the held drafts (not use cases, so not in the port). */
  readonly graphClient: GraphClient | null;
  /** Renders the demo frame around the pane and the simulated Outlook window. */
  readonly frame: (parts: { pane: React.ReactNode; aside: React.ReactNode }) => React.ReactNode;
}

/**
 * Compose scenarios: a simulated Outlook compose window whose Send runs the real OnMessageSend
 * handler (src/launchevent) against the simulated tenant, Outlook's Smart Alert dialog drawn from
 * the exact event.completed options, and the pane's "Held messages" view on the simulated Drafts.
 */
export function ComposeDemo({ scenario, store, services, graphClient, frame }: ComposeDemoProps) {
  const i18n = useI18n();
  const styles = useStyles();
  const [phase, setPhase] = useState<Phase>({ kind: 'composing' });
  const [notice, setNotice] = useState<ComposeNotice | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [composeWindow] = useState(() => new SimulatedComposeWindow(scenario, i18n.lang === 'ru' ? 'ru-RU' : 'en-US', setNotice));
  const alertRef = useRef<HTMLDivElement>(null);
  const openedRef = useRef<HTMLDivElement>(null);

  // The Send runtime and the pane share the page's Web Storage, as they share the origin's in Outlook
  // (heldTimesStorage.ts); the demo's is sessionStorage, emptied by the demo's reset like its mailbox.
  const heldTimes = useMemo(() => storageHeldTimes(() => sessionStorage, `recall-assistant-demo:held-until:${scenario.id}`), [scenario.id]);

  const deps: SendTimeDeps = useMemo(() => {
    const sender = parseAddress(scenario.user.address);
    return {
      item: composeWindow.item,
      now: services.clock,
      heldTimes,
      // The scenario's policy as the Send runtime reads its config.json.
      config: async () => sendTimeConfig({ ...parseConfig(scenario.policy), file: 'read' }),
      evidence: (recipients) => sendTimeEvidence(graphClient, recipients, sender.valid ? sender.domain : null),
    };
  }, [scenario, services, graphClient, composeWindow, heldTimes]);

  const heldMessages: HeldMessages | null = useMemo(() => {
    if (graphClient === null) return null;
    // Outlook opens the held draft; the simulated window offers what Outlook does with a draft.
    const openDraft = async (id: string) => {
      const draft = store.get(id);
      if (draft?.deliverAt) setPhase({ kind: 'opened', id, until: draft.deliverAt });
      return ok(undefined);
    };
    return graphHeldMessages(graphClient, services.clock, openDraft);
  }, [services, graphClient, store]);

  /** Outlook's Delete on the opened draft: it leaves Drafts, and the simulated Exchange never delivers it. */
  const deleteDraft = (id: string) => {
    store.delete(id);
    composeWindow.clearSchedule();
    setNotice(null);
    setPhase({ kind: 'deleted' });
    setReloadKey((k) => k + 1);
  };

  useEffect(() => {
    // Outlook's dialog takes the focus: the first button, as a keyboard user expects.
    if (phase.kind === 'alert') alertRef.current?.querySelector('button')?.focus();
    // Outlook opens the draft in its own window, which takes the focus: on its Close, the safe way out.
    if (phase.kind === 'opened') openedRef.current?.querySelector<HTMLButtonElement>('button[data-close]')?.focus();
  }, [phase.kind]);

  const send = async () => {
    setPhase({ kind: 'checking' });
    let completed: CompletedOptions = { allowEvent: false };
    await onMessageSendHandler(deps)({ completed: (options) => void (completed = options) });
    if (!completed.allowEvent) return setPhase({ kind: 'alert', options: completed });
    leave(composeWindow.scheduledDelivery());
  };

  /** The message leaves Outlook: held on the server when a delivery time lies ahead. */
  const leave = (deliverAt: Date | null) => {
    setNotice(null);
    if (deliverAt !== null && deliverAt.getTime() > services.clock().getTime()) {
      const { message } = scenario;
      store.add({
        subject: message.subject,
        to: message.to.map((p) => p.address),
        cc: message.cc.map((p) => p.address),
        bcc: message.bcc.map((p) => p.address),
        deliverAt,
      });
      setPhase({ kind: 'held', until: deliverAt });
      setReloadKey((k) => k + 1);
    } else {
      setPhase({ kind: 'sent' });
    }
  };

  const takeAction = async (options: CompletedOptions) => {
    composeWindow.pressTakeAction(options.contextData ?? null);
    await holdAndSend(deps)({ completed: () => undefined });
    setPhase({ kind: 'composing' });
  };

  /** The ribbon's "Hold before sending": the same command without contextData (holdAndSend.ts). */
  const ribbonHold = async () => {
    composeWindow.pressRibbonButton();
    await holdAndSend(deps)({ completed: () => undefined });
  };

  const { message } = scenario;
  const list = (people: typeof message.to) => people.map((p) => (p.name ? `${p.name} <${p.address}>` : p.address)).join('; ');
  const time = new Intl.DateTimeFormat(i18n.lang === 'ru' ? 'ru-RU' : 'en-GB', { timeStyle: 'short' });
  const canSend = phase.kind === 'composing' || phase.kind === 'editing' || phase.kind === 'deleted';

  const aside = (
    <section className={styles.window} aria-labelledby="compose-heading" data-compose="" data-compose-state={phase.kind}>
      <h2 id="compose-heading" className={styles.heading}>
        {i18n.t('demo.compose.title')}
      </h2>
      <dl className={styles.dl}>
        <dt>{i18n.t('demo.draft.to')}</dt>
        <dd className={styles.dd}>{list(message.to)}</dd>
        {message.cc.length > 0 ? (
          <>
            <dt>{i18n.t('demo.compose.cc')}</dt>
            <dd className={styles.dd}>{list(message.cc)}</dd>
          </>
        ) : null}
        {message.bcc.length > 0 ? (
          <>
            <dt>{i18n.t('demo.draft.bcc')}</dt>
            <dd className={styles.dd}>{list(message.bcc)}</dd>
          </>
        ) : null}
        <dt>{i18n.t('demo.draft.subject')}</dt>
        <dd className={styles.dd}>{message.subject}</dd>
      </dl>
      {notice ? (
        <MessageBar intent={notice.kind === 'error' ? 'error' : 'info'} data-compose-notice={notice.kind}>
          <MessageBarBody>
            {i18n.t('demo.compose.holdSet')} {notice.text}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {phase.kind === 'checking' ? <p role="status">{i18n.t('demo.compose.checking')}</p> : null}
      {phase.kind === 'sent' ? <p role="status">{i18n.t('demo.compose.sent')}</p> : null}
      {phase.kind === 'held' ? <p role="status">{i18n.t('demo.compose.held', { time: time.format(phase.until) })}</p> : null}
      {phase.kind === 'deleted' ? <p role="status">{i18n.t('demo.compose.deleted')}</p> : null}
      {phase.kind === 'opened' ? (
        <div ref={openedRef} role="group" aria-labelledby="opened-draft" data-opened-draft={phase.id}>
          <p id="opened-draft">{i18n.t('demo.compose.opened', { time: time.format(phase.until) })}</p>
          <div className={styles.buttons}>
            <Button onClick={() => deleteDraft(phase.id)}>{i18n.t('demo.compose.delete')}</Button>
            <Button appearance="primary" data-close="" onClick={() => setPhase({ kind: 'held', until: phase.until })}>
              {i18n.t('demo.compose.close')}
            </Button>
          </div>
        </div>
      ) : null}
      {phase.kind === 'editing' ? <p role="status">{i18n.t('demo.compose.editing')}</p> : null}
      {canSend ? (
        <div className={styles.buttons}>
          <Button appearance="primary" onClick={() => void send()}>
            {i18n.t('demo.compose.send')}
          </Button>
          <Button onClick={() => void ribbonHold()} data-ribbon-command="holdAndSend">
            {i18n.t('demo.compose.ribbonHold')}
          </Button>
        </div>
      ) : null}
      {phase.kind === 'alert' ? (
        <div
          ref={alertRef}
          role="alertdialog"
          aria-modal="false"
          aria-labelledby="smart-alert-title"
          aria-describedby="smart-alert-text"
          className={styles.alert}
          data-smart-alert=""
          data-command-id={phase.options.commandId ?? ''}
        >
          <h3 id="smart-alert-title" className={styles.heading}>
            {i18n.t('app.title')}
          </h3>
          <p id="smart-alert-text" className={styles.alertText}>
            {phase.options.errorMessage}
          </p>
          <div className={styles.buttons}>
            {phase.options.commandId && phase.options.cancelLabel ? (
              <Button appearance="primary" onClick={() => void takeAction(phase.options)}>
                {phase.options.cancelLabel}
              </Button>
            ) : null}
            {phase.options.sendModeOverride === 'promptUser' ? <Button onClick={() => leave(null)}>{i18n.t('demo.alert.sendAnyway')}</Button> : null}
            <Button onClick={() => setPhase({ kind: 'editing' })}>{i18n.t('demo.alert.dontSend')}</Button>
          </div>
        </div>
      ) : null}
    </section>
  );

  const pane = (
    <ServicesProvider services={heldMessages ? { ...services, heldMessages, heldTimes } : { ...services, heldTimes }}>
      <HeldPane reloadKey={reloadKey} />
    </ServicesProvider>
  );
  return <>{frame({ pane, aside })}</>;
}

function HeldPane({ reloadKey }: { reloadKey: number }) {
  const i18n = useI18n();
  const styles = useStyles();
  return (
    <main className={styles.pane} data-step="held">
      <h1 className={styles.paneTitle}>{i18n.t('app.title')}</h1>
      <HeldMessagesView reloadKey={reloadKey} />
    </main>
  );
}
