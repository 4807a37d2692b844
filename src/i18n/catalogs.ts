import type { IntlMessageFormat } from 'intl-messageformat';
import type { MessageKey } from './en';
import type { Lang } from './translator';

/**
 * A message as IntlMessageFormat takes it: the ICU string in Node (tests, scripts), its syntax
 * tree in the bundles, where the build precompiles the catalogs (scripts/webpack/icuCatalogLoader.cjs).
 */
type CatalogMessage = ConstructorParameters<typeof IntlMessageFormat>[0];
type Catalog = Readonly<Record<MessageKey, CatalogMessage>>;

/**
 * Only the active language's words are downloaded: each catalog is a chunk of its own, loaded
 * before the first render (the entries await `loadCatalog`), so createTranslator can stay
 * synchronous. Node (tests, scripts) registers catalogs directly with `registerCatalog`.
 */
const loaded = new Map<Lang, Catalog>();
const loading = new Map<Lang, Promise<Catalog>>();

const importers: Record<Lang, () => Promise<Catalog>> = {
  en: () => import(/* webpackChunkName: "i18n-en" */ './en').then((m) => m.en),
  ru: () => import(/* webpackChunkName: "i18n-ru" */ './ru').then((m) => m.ru),
};

export function registerCatalog(lang: Lang, catalog: Catalog): void {
  loaded.set(lang, catalog);
}

export function loadCatalog(lang: Lang): Promise<Catalog> {
  const known = loaded.get(lang);
  if (known !== undefined) return Promise.resolve(known);
  let pending = loading.get(lang);
  if (pending === undefined) {
    pending = importers[lang]().then((catalog) => {
      registerCatalog(lang, catalog);
      return catalog;
    });
    // A failed download may be retried by the next caller.
    pending.catch(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}

/**
 * The language to render in, its catalog loaded: the one asked for, or English when that one
 * could not be downloaded (words in the wrong language beat a blank pane).
 */
export async function loadLanguage(lang: Lang): Promise<Lang> {
  try {
    await loadCatalog(lang);
    return lang;
  } catch (error) {
    if (lang === 'en') throw error;
    await loadCatalog('en');
    return 'en';
  }
}

export function catalogFor(lang: Lang): Catalog {
  const catalog = loaded.get(lang);
  if (catalog === undefined) throw new Error(`catalog "${lang}" used before loadCatalog`);
  return catalog;
}
