export function manifestFiles(baseUrl: string, options?: { clientId?: string | null }): Record<string, string>;
export function clientIdFrom(repoRoot: string, env?: Record<string, string | undefined>): string | null;
export function appPackage(files: Record<string, string>, repoRoot: string): Buffer;
export const APP_PACKAGE: string;
