// SPEC.md's bars on a story's first paint, in one place: the budget test holds the bytes, the bench
// prints the figures against the same numbers (issue 27).
const KB = 1024;

/** A story page's HTML, raw: what the parser must read (and the network carry) before first paint. */
export const storyHtmlRawBudget = 150 * KB;

/** A story page's whole weight, brotli: the page, its styles, scripts, images and fonts. */
export const storyPageBrotliBudget = 45 * KB;

/** A story page's JavaScript, brotli. */
export const storyJsBrotliBudget = 9.5 * KB;

/** Lighthouse's largest contentful paint, mobile run with simulated throttling, median of the runs. */
export const storyLcpBarMs = 800;
