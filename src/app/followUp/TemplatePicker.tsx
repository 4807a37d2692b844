import { makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { FOLLOW_UP_TEMPLATES, type FollowUpTemplate } from '../../domain/followUp';
import { useI18n } from '../../i18n/I18nProvider';

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  detail: { display: 'block', color: tokens.colorNeutralForeground2, marginInlineStart: '32px', marginBottom: tokens.spacingVerticalXS },
});

/** Correction, apology or please-delete: one arrow-key group, please-delete first. */
export function TemplatePicker({ value, onChange }: { value: FollowUpTemplate; onChange: (template: FollowUpTemplate) => void }) {
  const i18n = useI18n();
  const styles = useStyles();
  const id = useId();
  return (
    <>
      <h3 id={`${id}-heading`} className={styles.heading}>
        {i18n.t('alt.template.heading')}
      </h3>
      <RadioGroup
        value={value}
        aria-labelledby={`${id}-heading`}
        onChange={(_, data) => onChange(FOLLOW_UP_TEMPLATES.find((t) => t === data.value) ?? 'pleaseDelete')}
      >
        {FOLLOW_UP_TEMPLATES.map((template) => (
          <div key={template} data-alternative={template}>
            <Radio value={template} label={i18n.t(`alt.${template}.label`)} aria-describedby={`${id}-${template}`} />
            <span id={`${id}-${template}`} className={styles.detail}>
              {i18n.t(`alt.${template}.detail`)}
            </span>
          </div>
        ))}
      </RadioGroup>
    </>
  );
}
