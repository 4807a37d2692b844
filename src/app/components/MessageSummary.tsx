import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nProvider';
import { useServices } from '../services';
import type { CheckOutcome } from '../../usecases/check/checkMessage';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    marginBottom: tokens.spacingVerticalM,
  },
  subject: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** The context: which message, how long ago, to how many people, from which Outlook. */
export function MessageSummary({ outcome }: { outcome: CheckOutcome }) {
  const i18n = useI18n();
  const { host, clock } = useServices();
  const styles = useStyles();
  const sent = outcome.sentDateTime;
  return (
    <section className={styles.card} aria-label={i18n.t('step.check')}>
      <Text className={styles.subject}>{outcome.subject || i18n.t('context.noSubject')}</Text>
      <Caption1 className={styles.meta}>
        {sent ? (
          <time dateTime={sent.toISOString()}>{i18n.t('context.sentAgo', { age: i18n.relativeTime(sent, clock()) })}</time>
        ) : (
          i18n.t('context.sentUnknown')
        )}
        {' · '}
        {i18n.t('context.recipients', { count: outcome.assessment.recipients.length })}
      </Caption1>
      <Caption1 className={styles.meta}>{i18n.t('context.client', { client: i18n.t(`client.${host.info.client}`) })}</Caption1>
    </section>
  );
}
