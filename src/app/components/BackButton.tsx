import { Button } from '@fluentui/react-components';
import { ArrowLeft16Regular } from '@fluentui/react-icons';
import { useI18n } from '../../i18n/I18nProvider';

/** The one Back of every step: same name, same look, last in the step's row of buttons. */
export function BackButton({ onBack, disabled = false }: { onBack: () => void; disabled?: boolean }) {
  const i18n = useI18n();
  return (
    <Button appearance="subtle" icon={<ArrowLeft16Regular />} disabled={disabled} onClick={onBack} data-back="">
      {i18n.t('app.back')}
    </Button>
  );
}
