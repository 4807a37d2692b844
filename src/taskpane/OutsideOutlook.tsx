import { FluentProvider, Link, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import type { Lang } from '../i18n/translator';

const useStyles = makeStyles({ page: { padding: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyBase } });

function Message({ reason, demoUrl }: { reason: 'outside' | 'timeout'; demoUrl: string | null }) {
  const i18n = useI18n();
  return (
    <main className={useStyles().page} data-outside-outlook={reason}>
      <h1>{i18n.t('outside.title')}</h1>
      <p>{i18n.t(reason === 'timeout' ? 'outside.timeout' : demoUrl === null ? 'outside.bodyNoDemo' : 'outside.body')}</p>
      {demoUrl !== null && reason === 'outside' ? <Link href={demoUrl}>{i18n.t('outside.demo')}</Link> : null}
    </main>
  );
}

/** Shown when the page is opened in a plain browser, or Office never finished starting us. */
export function OutsideOutlook({ lang, reason, demoUrl }: { lang: Lang; reason: 'outside' | 'timeout'; demoUrl: string | null }) {
  return (
    <I18nProvider lang={lang}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        <Message reason={reason} demoUrl={demoUrl} />
      </FluentProvider>
    </I18nProvider>
  );
}
