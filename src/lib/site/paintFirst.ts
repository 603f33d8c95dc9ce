/**
 * The story page's script, started once the page's first words are on screen. A module script
 * written in the page is fetched at once and runs as soon as the HTML is parsed, which on a phone is
 * before the first paint: the paint then waits for it, and for whatever it fetches. Started from
 * the first contentful paint (or, where the browser does not report paints, the frame after the
 * first), it takes nothing from the first paint and comes a frame later than it would have.
 * A browser that never reports the paint starts it after three seconds anyway. From then too:
 * - the blocks of the story's sections after its steps (`#story > section > *`, and the items of
 *   their lists marked data-blocks), which wait for the first paint to be laid out
 *   (src/pages/[story]/index.astro), are marked data-painted, some 40 elements a frame: all at once
 *   they were one layout of some 365 boxes, the longest task after the first paint (20–25 ms), and
 *   a section a frame still made tasks of 50–100 ms at 4x CPU slowdown. They start once the story
 *   is driven (<scroll-story> defined, its graphics whole), or six seconds on if it never is: far
 *   below the first screen, they need not share frames with the graphics going in, whose parts
 *   and theirs together made frames of 50–70 ms. A click on a link within the page lets them all in
 *   at once (the page's data-from-top goes), before the browser scrolls to its target: the target
 *   is then where it stays, not among placeholders that grow once laid out;
 * - it asks for the story's live graphics (data-live) beside the script, a preload the script's
 *   fetch then finds, rather than after it. The preload is a task of its own: starting two fetches
 *   in one task made it some 45 ms at 4x CPU slowdown (each start some 20–25 ms).
 */
/**
 * The blocks of the sections after the story that wait to be laid out: each heading and paragraph,
 * and each item of a list marked data-blocks. The page's CSS holds back the same
 * (src/pages/[story]/index.astro).
 */
export const sectionBlocks = '#story>section>:not([data-blocks]),#story>section>[data-blocks]>*';

export const paintFirstLoader = (src: string): string =>
  `let s,t;const d=document,lay=(q,i=0)=>q[i]&&requestAnimationFrame(()=>setTimeout(()=>{` +
  `for(let n=0;q[i]&&n<40;)n+=1+q[i].getElementsByTagName("*").length,q[i++].dataset.painted="";lay(q,i)})),` +
  `blocks=()=>t||=lay(d.querySelectorAll(${JSON.stringify(sectionBlocks)})),` +
  `go=()=>s||=(customElements.whenDefined("scroll-story").then(blocks),setTimeout(blocks,6e3),` +
  `setTimeout(()=>d.querySelectorAll("[data-live]").forEach(e=>d.head.append(Object.assign(d.createElement("link"),{rel:"preload",as:"fetch",crossOrigin:"",href:e.dataset.live})))),` +
  `import(${JSON.stringify(src)}));` +
  `d.addEventListener("click",e=>e.target.closest?.('a[href^="#"]')&&delete d.documentElement.dataset.fromTop,!0);` +
  `PerformanceObserver.supportedEntryTypes?.includes("paint")` +
  `?new PerformanceObserver(l=>l.getEntriesByName("first-contentful-paint")[0]&&go()).observe({type:"paint",buffered:!0})` +
  `:requestAnimationFrame(()=>setTimeout(go));setTimeout(go,3e3)`;

const scriptTag = /<script type="module" src="([^"]+)"><\/script>/g;
const cspMeta = /(<meta http-equiv="content-security-policy" content="[^"]*script-src 'self')/;

/**
 * A built page with its module script started after the first paint: the <script src> becomes an
 * inline module that imports it (src/integrations/paintFirst.ts), and the page's policy allows that
 * inline script by its hash (`sha256`: base64 of the SHA-256 of a text). A page with no module script is returned as it is; one with two, or
 * without the policy to add the hash to, is an error (its script would be lost or blocked).
 */
export function paintFirstPage(html: string, page: string, sha256: (text: string) => string): string {
  const scripts = [...html.matchAll(scriptTag)];
  if (scripts.length === 0) return html;
  if (scripts.length > 1) throw new Error(`${page}: ${scripts.length} module scripts, one expected`);
  if (!cspMeta.test(html)) throw new Error(`${page}: no content-security-policy with script-src 'self'`);
  const loader = paintFirstLoader(scripts[0]![1]!);
  const hash = sha256(loader);
  return html
    .replace(scripts[0]![0], () => `<script type="module">${loader}</script>`)
    .replace(cspMeta, (policy) => `${policy} 'sha256-${hash}'`);
}

/**
 * Marks a visit that opens at the top of the page (<html data-from-top>): a plain navigation, no
 * #fragment, not a reload or a step back (which restore the reader's place). Only then may what
 * lies far below wait for the first paint to be laid out: a place linked to or restored among it
 * needs its real height at once. A classic inline script in the head, run before the first layout.
 */
export const fromTopScript =
  'if(!location.hash&&performance.getEntriesByType("navigation")[0]?.type==="navigate")' +
  'document.documentElement.dataset.fromTop=""';
