// Writes to the page only when the value changes: writing an attribute or text, even the value it
// already has, makes the browser restyle the element and what depends on it.

/** Sets an attribute when its value differs. */
export function set(el: Element, name: string, value: string | number): void {
  const text = String(value);
  if (el.getAttribute(name) !== text) el.setAttribute(name, text);
}

/** Sets an element's text when it differs. */
export function setText(el: Element | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

/** Sets a mark's data-state (nothing when the state is unknown). */
export function setState(el: Element, state: string | undefined): void {
  if (state !== undefined) set(el, 'data-state', state);
}
