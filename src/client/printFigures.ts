// Each step's static figure ships inside <noscript> (see Step.astro): with scripting on, the
// browser keeps it as text, so the page loads without ~150 KB of SVG that only print shows. Before
// the page is printed, the figures are built from that text, once, and stay.

/**
 * Replaces every step's <noscript> figure holder with the figure it carries. Its collapsed lists
 * (a map's places) are opened: paper cannot be clicked. print.css opens them too, for printing
 * without scripts, where the browser can style a closed <details>' contents (::details-content).
 */
export function buildStepFigures(root: ParentNode = document): void {
  for (const holder of root.querySelectorAll('noscript[data-step-figure]')) {
    // A template parses the markup inert (no script runs, nothing loads) until it is inserted.
    const template = document.createElement('template');
    template.innerHTML = holder.textContent ?? '';
    template.content.querySelectorAll('details').forEach((details) => (details.open = true));
    holder.replaceWith(template.content);
  }
}

// beforeprint fires before the print layout in current browsers; the media query change covers
// those that print without it.
addEventListener('beforeprint', () => buildStepFigures());
matchMedia('print').addEventListener('change', (event) => {
  if (event.matches) buildStepFigures();
});
