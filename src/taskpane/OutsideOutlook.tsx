import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import type { Lang } from '../i18n/translator';

const useStyles = makeStyles({ page: { padding: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyBase } });

function Message({ reason, demoLink }: { reason: 'outside' | 'timeout'; demoLink: ReactNode }) {
  const i18n = useI18n();
  return (
    <main className={useStyles().page} data-outside-outlook={reason}>
      <h1>{i18n.t('outside.title')}</h1>
      <p>{i18n.t(reason === 'timeout' ? 'outside.timeout' : demoLink === null ? 'outside.bodyNoDemo' : 'outside.body')}</p>
      {reason === 'outside' ? demoLink : null}
    </main>
  );
}

/**
 * Shown when the page is opened in a plain browser, or Office never finished starting us.
 * `demoLink`: the way to the demo (DemoLink), null where there is none (production).
 */
export function OutsideOutlook({ lang, reason, demoLink }: { lang: Lang; reason: 'outside' | 'timeout'; demoLink: ReactNode }) {
  return (
    <I18nProvider lang={lang}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        <Message reason={reason} demoLink={demoLink} />
      </FluentProvider>
    </I18nProvider>
  );
}
