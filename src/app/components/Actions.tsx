import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
});

/** The row of buttons at the end of a step; the first is the recommended next step. */
export function Actions({ children }: { children: ReactNode }) {
  return <div className={useStyles().actions}>{children}</div>;
}
