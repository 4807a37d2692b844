import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ShieldError20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

const useStyles = makeStyles({
  box: {
    marginTop: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  body: { margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS}` },
});

/** The way into the incident path from the follow-up step. */
export function IncidentEntry({ onStart }: { onStart: () => void }) {
  const i18n = useI18n();
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.box} aria-labelledby={id} data-incident-entry="">
      <h3 id={id} className={styles.heading}>
        <ShieldError20Regular aria-hidden="true" />
        {i18n.t('alt.incident.heading')}
      </h3>
      <p className={styles.body}>{i18n.t('alt.incident.body')}</p>
      <Button onClick={onStart}>{i18n.t('alt.incident.start')}</Button>
    </section>
  );
}
