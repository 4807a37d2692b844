/** Types for checkManifest.cjs (the offline Outlook manifest checker). */

export type ManifestProblemCode =
  | 'XML_NOT_WELL_FORMED'
  | 'ROOT_NOT_OFFICEAPP'
  | 'NOT_MAIL_APP'
  | 'ELEMENT_MISSING'
  | 'ELEMENT_ORDER'
  | 'ELEMENT_DUPLICATE'
  | 'ELEMENT_UNEXPECTED'
  | 'ID_NOT_GUID'
  | 'VERSION_FORMAT'
  | 'LOCALE_INVALID'
  | 'STRING_TOO_LONG'
  | 'VALUE_OUT_OF_RANGE'
  | 'PERMISSIONS_INVALID'
  | 'HOST_MISSING'
  | 'REQUIREMENT_MISSING'
  | 'REQUIREMENT_TOO_LOW'
  | 'VERSION_OVERRIDES_MISSING'
  | 'VERSION_OVERRIDES_TYPE'
  | 'VERSION_OVERRIDES_V1_1_MISSING'
  | 'RESOURCE_ID_DUPLICATE'
  | 'RESOURCE_ID_TOO_LONG'
  | 'RESOURCE_VALUE_MISSING'
  | 'RESID_UNRESOLVED'
  | 'RESID_WRONG_KIND'
  | 'CONTROL_ID_DUPLICATE'
  | 'URL_INVALID'
  | 'URL_NOT_HTTPS'
  | 'URL_LOCALHOST'
  | 'ICON_FILE_MISSING'
  | 'ICON_NOT_PNG'
  | 'ICON_WRONG_SIZE'
  | 'APPDOMAIN_NOT_COVERED';

export interface ManifestProblem {
  readonly code: ManifestProblemCode;
  /** Names the element (and its line), the resid or the URL concerned. */
  readonly message: string;
}

export interface CheckManifestOptions {
  /** Production rules: additionally, no URL may point at localhost. */
  readonly production?: boolean;
  /** Folder the add-in's base URL is served from (repo root, or dist/); omit to skip icon file checks. */
  readonly baseDir?: string;
  /** Base URL of the add-in; defaults to the folder of the ItemRead form's SourceLocation. */
  readonly baseUrl?: string;
}

export interface ManifestCheckResult {
  readonly problems: ManifestProblem[];
  /** How many individual checks ran. */
  readonly checks: number;
}

export const PROBLEM_CODES: readonly ManifestProblemCode[];
export function runManifestChecks(xmlText: string, options?: CheckManifestOptions): ManifestCheckResult;
export function checkManifest(xmlText: string, options?: CheckManifestOptions): ManifestProblem[];
