import { Button, Card, CardHeader, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState, type Dispatch } from 'react';
import { newCorrelationId } from '../../domain/failure';
import { followUpRecipients } from '../../domain/followUp';
import { useI18n } from '../../i18n/I18nProvider';
import { Actions } from '../components/Actions';
import { StepHeading } from '../components/StepHeading';
import { followUpDrafts } from '../drafts';
import { useServices } from '../services';
import type { AlternativeKind, WizardEvent, WizardState } from '../wizard';

const KINDS: readonly AlternativeKind[] = ['pleaseDelete', 'correction', 'apology'];

const useStyles = makeStyles({
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalM },
  detail: { color: tokens.colorNeutralForeground2 },
});

type OpenStatus = { readonly kind: 'idle' } | { readonly kind: 'opened' } | { readonly kind: 'failed'; readonly correlationId: string };

/** When a recall can't reach everyone: a prefilled note to exactly those who may still have it. */
export function AlternativesStep({ state, dispatch }: { state: Extract<WizardState, { step: 'alternatives' }>; dispatch: Dispatch<WizardEvent> }) {
  const i18n = useI18n();
  const styles = useStyles();
  const { host } = useServices();
  const [status, setStatus] = useState<OpenStatus>({ kind: 'idle' });
  const recipients = followUpRecipients(state.outcome.assessment);

  const open = async (kind: AlternativeKind, batch: number) => {
    const drafts = followUpDrafts(kind, recipients, state.outcome, i18n);
    const draft = drafts[batch];
    if (draft === undefined) return;
    try {
      await host.openNewMessage(draft);
      setStatus({ kind: 'opened' });
    } catch {
      setStatus({ kind: 'failed', correlationId: newCorrelationId() });
    }
  };
  const batchCount = followUpDrafts('pleaseDelete', recipients, state.outcome, i18n).length;

  return (
    <>
      <StepHeading>{i18n.t('alt.title')}</StepHeading>
      <p>{i18n.t('alt.intro', { count: recipients.length })}</p>
      {recipients.length === 0 ? <p>{i18n.t('alt.noRecipients')}</p> : null}
      <div className={styles.cards}>
        {recipients.length > 0 &&
          KINDS.map((kind) => (
            <Card key={kind} data-alternative={kind}>
              <CardHeader header={<Text weight="semibold">{i18n.t(`alt.${kind}.label`)}</Text>} description={<Text className={styles.detail}>{i18n.t(`alt.${kind}.detail`)}</Text>} />
              <Actions>
                {Array.from({ length: batchCount }, (_, batch) => (
                  <Button key={batch} appearance={kind === 'pleaseDelete' ? 'primary' : 'secondary'} onClick={() => void open(kind, batch)} aria-label={`${i18n.t(`alt.${kind}.label`)}: ${i18n.t('alt.open')}${batchCount > 1 ? ` ${batch + 1}/${batchCount}` : ''}`}>
                    {i18n.t('alt.open')}
                    {batchCount > 1 ? ` ${batch + 1}/${batchCount}` : ''}
                  </Button>
                ))}
              </Actions>
            </Card>
          ))}
      </div>
      {status.kind === 'opened' ? (
        <MessageBar intent="success">
          <MessageBarBody>{i18n.t('alt.opened')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {status.kind === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>{i18n.t('alt.openFailed', { failure: i18n.failure({ kind: 'unexpected', correlationId: status.correlationId }) })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Actions>
        <Button onClick={() => dispatch({ type: 'back' })}>{i18n.t('app.back')}</Button>
      </Actions>
    </>
  );
}
