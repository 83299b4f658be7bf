export function webEnvFromCms(cms: Record<string, string | undefined>, cmsUrl: string): Record<string, string | undefined>;
