import { Switch } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useServices } from '../services';

/** "Hold my mail to people a recall can't reach": the user's own safety window, where allowed. */
export function OptInSwitch() {
  const { safetyWindowOptIn } = useServices();
  const i18n = useI18n();
  const [on, setOn] = useState(() => safetyWindowOptIn?.get() ?? false);
  const [failed, setFailed] = useState(false);
  if (safetyWindowOptIn === undefined) return null;
  const change = async (next: boolean) => {
    setOn(next);
    const saved = await safetyWindowOptIn.set(next);
    setFailed(!saved.ok);
    if (!saved.ok) setOn(!next);
  };
  return (
    <>
      <Switch
        checked={on}
        onChange={(_, data) => void change(data.checked)}
        label={i18n.t('held.optIn', { minutes: safetyWindowOptIn.minutes })}
        data-safety-opt-in={on ? 'on' : 'off'}
      />
      {failed ? <p role="alert">{i18n.t('held.optIn.failed')}</p> : null}
    </>
  );
}
