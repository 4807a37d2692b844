import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Lang } from '../i18n/translator';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { SessionStoreProvider } from './followUp/FollowUpSession';
import { ServicesProvider, type Services } from './services';

/** Providers around the app: services, language, theme. Both entries (taskpane, demo) use it. */
export function Root({ services, lang, dark }: { services: Services; lang: Lang; dark: boolean }) {
  return (
    <ServicesProvider services={services}>
      <I18nProvider lang={lang}>
        <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang}>
          <SessionStoreProvider>
            <ErrorBoundary>
              <App />
            </ErrorBoundary>
          </SessionStoreProvider>
        </FluentProvider>
      </I18nProvider>
    </ServicesProvider>
  );
}
