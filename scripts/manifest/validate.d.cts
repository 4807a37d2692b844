export interface ManifestProblem {
  readonly code: string;
  readonly message: string;
}
export interface ValidationOptions {
  readonly production: boolean;
  /** The folder the manifest's icon URLs are served from (repo root, or dist/). */
  readonly baseDir: string;
  /** baseDir is a build: every page and script named under the base URL must be a file there. */
  readonly pagesServed?: boolean;
}
export function validateXml(xml: string, options: ValidationOptions): Promise<ManifestProblem[]>;
export function validateJson(manifest: unknown, localizations: Record<string, unknown>, options: ValidationOptions): Promise<ManifestProblem[]>;
