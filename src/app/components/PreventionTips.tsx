import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Lightbulb20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState } from 'react';
import type { ClientKind } from '../../host/outlookHost';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import { usePreferences, useServices } from '../services';

const useStyles = makeStyles({
  box: {
    marginTop: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  folded: { marginTop: tokens.spacingVerticalL },
  // A heading-like button: long (Russian) text wraps from the start edge.
  unfold: { height: 'auto', minWidth: 0, paddingInlineStart: 0, textAlign: 'start', justifyContent: 'flex-start' },
  done: { marginTop: tokens.spacingVerticalL, color: tokens.colorNeutralForeground2, outlineStyle: 'none' },
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingInlineStart: tokens.spacingHorizontalL, '& li': { marginBottom: tokens.spacingVerticalXS } },
});

/** Undo send where the client has it; a deferral rule where it has not. */
function undoSendTip(client: ClientKind): MessageKey {
  if (client === 'web' || client === 'newOutlook') return 'tips.undoSend.web';
  if (client === 'classicWindows') return 'tips.undoSend.classicWindows';
  return 'tips.undoSend.other';
}

/** For one message: Delay Delivery in classic Outlook, Schedule send elsewhere. */
function delayTip(client: ClientKind): MessageKey {
  return client === 'classicWindows' ? 'tips.delay.classicWindows' : 'tips.delay.other';
}

/**
 * How to catch the next mistake before it leaves, for the Outlook in use. Shown at the end of the
 * flow until the user dismisses it; only a yes/no flag is remembered.
 */
export function PreventionTips({ collapsed = false }: { collapsed?: boolean }) {
  const i18n = useI18n();
  const styles = useStyles();
  const id = useId();
  const { host } = useServices();
  const preferences = usePreferences();
  const [shown, setShown] = useState<'tips' | 'just-dismissed' | 'none'>(() => (preferences.get('preventionTipsDismissed') ? 'none' : 'tips'));
  const [unfolded, setUnfolded] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);
  // The button that had focus is gone: keep the keyboard user in the same place.
  useEffect(() => {
    if (shown === 'just-dismissed') confirmation.current?.focus();
  }, [shown]);
  if (shown === 'none') return null;
  if (shown === 'just-dismissed') {
    return (
      <p ref={confirmation} tabIndex={-1} role="status" className={styles.done}>
        {i18n.t('tips.dismissed')}
      </p>
    );
  }
  const tips: readonly MessageKey[] = [undoSendTip(host.info.client), delayTip(host.info.client), 'tips.mailTips', 'tips.readReceipts'];
  // While something more urgent is on screen the tips wait behind their heading.
  if (collapsed && !unfolded) {
    return (
      <section className={styles.folded} data-prevention-tips="collapsed">
        <Button
          className={styles.unfold}
          appearance="transparent"
          size="small"
          icon={<Lightbulb20Regular aria-hidden="true" />}
          aria-expanded={false}
          onClick={() => setUnfolded(true)}
        >
          {i18n.t('tips.heading')}
        </Button>
      </section>
    );
  }
  return (
    <section className={styles.box} aria-labelledby={id} data-prevention-tips="">
      <h3 id={id} className={styles.heading}>
        <Lightbulb20Regular aria-hidden="true" />
        {i18n.t('tips.heading')}
      </h3>
      <ul className={styles.list}>
        {tips.map((key) => (
          <li key={key} data-tip={key}>
            {i18n.t(key)}
          </li>
        ))}
      </ul>
      <Button
        size="small"
        onClick={() => {
          preferences.set('preventionTipsDismissed', true);
          setShown('just-dismissed');
        }}
      >
        {i18n.t('tips.dismiss')}
      </Button>
    </section>
  );
}
