import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { Lang } from '../i18n/translator';
import { localized, type Scenario } from './scenario';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXL,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  side: { flex: '1 1 260px', maxWidth: '420px' },
  heading: { fontSize: tokens.fontSizeBase500, margin: `0 0 ${tokens.spacingVerticalS}` },
  list: { paddingInlineStart: tokens.spacingHorizontalL },
  link: { color: tokens.colorBrandForegroundLink },
  current: { fontWeight: tokens.fontWeightSemibold },
  switches: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', margin: `${tokens.spacingVerticalS} 0` },
  // A fixed width like Outlook's pane; minWidth 0 so wide content reflows instead of widening it
  // (a flex item otherwise grows to its content's min-content width).
  pane: {
    flex: '0 0 360px',
    minWidth: 0,
    maxWidth: '100%',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    alignSelf: 'flex-start',
  },
});

export interface DemoLinks {
  readonly scenarios: readonly { id: string; title: Scenario['title'] }[];
  readonly currentId: string | null;
  readonly lang: Lang;
  readonly dark: boolean;
  readonly href: (change: { scenario?: string; lang?: Lang; theme?: 'light' | 'dark' }) => string;
}

/** The demo's frame around the pane: scenario picker, language and theme switches. */
export function DemoPage({ links, pane, aside, onReset }: { links: DemoLinks; pane: ReactNode; aside?: ReactNode; onReset: () => void }) {
  const i18n = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <div className={styles.side}>
        <header>
          <h1 className={styles.heading}>{i18n.t('demo.heading')}</h1>
          <p>{i18n.t('demo.intro')}</p>
          <div className={styles.switches}>
            <span>
              {i18n.t('demo.language')}: {/* eslint-disable-next-line ui-text/no-hard-coded-text -- a language switch names each language in itself */}
              <a className={styles.link} href={links.href({ lang: 'en' })} lang="en" aria-current={links.lang === 'en' ? 'true' : undefined}>
                English
              </a>
              {' · '}
              {/* eslint-disable-next-line ui-text/no-hard-coded-text -- a language switch names each language in itself */}
              <a className={styles.link} href={links.href({ lang: 'ru' })} lang="ru" aria-current={links.lang === 'ru' ? 'true' : undefined}>
                Русский
              </a>
            </span>
            <span>
              {i18n.t('demo.theme')}:{' '}
              <a className={styles.link} href={links.href({ theme: 'light' })} aria-current={links.dark ? undefined : 'true'}>
                {i18n.t('demo.light')}
              </a>
              {' · '}
              <a className={styles.link} href={links.href({ theme: 'dark' })} aria-current={links.dark ? 'true' : undefined}>
                {i18n.t('demo.dark')}
              </a>
            </span>
          </div>
          <nav aria-label={i18n.t('demo.scenarios')}>
            <h2 className={styles.heading}>{i18n.t('demo.scenarios')}</h2>
            <ul className={styles.list} data-scenario-picker="">
              {links.scenarios.map((s) => (
                <li key={s.id}>
                  <a
                    className={s.id === links.currentId ? `${styles.link} ${styles.current}` : styles.link}
                    href={links.href({ scenario: s.id })}
                    aria-current={s.id === links.currentId ? 'page' : undefined}
                    data-scenario-id={s.id}
                  >
                    {localized(s.title, links.lang)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <Button size="small" onClick={onReset}>
            {i18n.t('demo.reset')}
          </Button>
        </header>
        {aside}
      </div>
      <div className={styles.pane} data-pane="">
        {pane}
      </div>
    </div>
  );
}
