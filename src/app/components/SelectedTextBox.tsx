import { Field, Textarea } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

/**
 * Text the clipboard refused, shown selected so Ctrl+C copies it (CopyOutcome). Loaded only then:
 * Fluent's Field and Textarea are not needed on a first render.
 */
export default function SelectedTextBox({ text, label }: { readonly text: string; readonly label: string }) {
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, [text]);
  return (
    <Field label={label}>
      <Textarea textarea={{ ref: box }} readOnly value={text} rows={8} resize="vertical" />
    </Field>
  );
}
