type Localized = Readonly<Record<string, string>>;
export const DEV_BASE_URL: string;
export function normalizeBaseUrl(baseUrl?: string): string;
export const addin: {
  readonly id: string;
  readonly version: string;
  readonly defaultLocale: string;
  readonly locales: readonly string[];
  readonly name: Localized;
  readonly description: Localized;
  readonly shortDescription: Localized;
  readonly buttonLabel: Localized;
  readonly buttonTooltip: Localized;
  readonly groupLabel: Localized;
};
