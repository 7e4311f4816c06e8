/** See lib/site/base-path.mjs. */
export function basePath(env?: Record<string, string | undefined>): string;
