/** Builds web/desk into `outdir` (default dist/tab) when its sources changed; resolves whether it built. */
export function buildTab(opts?: { force?: boolean; outdir?: string }): Promise<boolean>;
