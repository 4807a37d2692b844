import { Field, Textarea } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * The diagnostics text, shown selected when the clipboard refused it, so Ctrl+C copies it. Loaded
 * only then (CopyDiagnostics): Fluent's Field and Textarea are not needed on a first render.
 */
export default function DiagnosticsTextBox({ text }: { readonly text: string }) {
  const i18n = useI18n();
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, [text]);
  return (
    <Field label={i18n.t('diagnostics.textLabel')}>
      <Textarea textarea={{ ref: box }} readOnly value={text} rows={8} resize="vertical" data-diagnostics-text="" />
    </Field>
  );
}
