export function codeBuildId(root?: string): string;
