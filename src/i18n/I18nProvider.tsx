import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslator, type Lang, type Translator } from './translator';

const I18nContext = createContext<Translator | null>(null);

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const translator = useMemo(() => createTranslator(lang), [lang]);
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  const translator = useContext(I18nContext);
  if (translator === null) throw new Error('useI18n outside I18nProvider');
  return translator;
}
