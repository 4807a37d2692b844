import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  toggle: { minWidth: 0, paddingInlineStart: 0, height: 'auto', textAlign: 'start', justifyContent: 'flex-start' },
  content: { margin: `${tokens.spacingVerticalXS} 0 0`, overflowWrap: 'anywhere' },
});

/**
 * What only some readers need, folded behind a button that says what it holds (`aria-expanded`,
 * `aria-controls`): closed at first, so the step's action stays near its top.
 */
export function Disclosure({
  label,
  children,
  contentClassName,
  contentMarker,
}: {
  label: string;
  children: ReactNode;
  contentClassName?: string;
  /** A data attribute on the unfolded content, for tests and harnesses (e.g. `data-admin-details`). */
  contentMarker: `data-${string}`;
}) {
  const styles = useStyles();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div>
      <Button
        className={styles.toggle}
        appearance="transparent"
        size="small"
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
      </Button>
      {open ? (
        <div id={id} className={`${styles.content} ${contentClassName ?? ''}`} {...{ [contentMarker]: '' }}>
          {children}
        </div>
      ) : null}
    </div>
  );
}
