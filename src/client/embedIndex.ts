// The embed page: copy buttons, and embed codes pointing at wherever this page is served from.
const here = location.origin;
document.querySelectorAll<HTMLTextAreaElement>('textarea[data-code]').forEach((area) => {
  // The build wrote the configured site; a preview elsewhere shows codes that work from here.
  const built = /src="(https?:\/\/[^/"]+)/.exec(area.value)?.[1];
  if (built && built !== here) area.value = area.value.split(built).join(here);
});
document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
  if (!button) return;
  const area = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement | null;
  const status = document.querySelector(`[data-status="${button.dataset.copy}"]`);
  if (!area) return;
  area.select();
  try {
    await navigator.clipboard.writeText(area.value);
    if (status) status.textContent = 'Copied.';
  } catch {
    if (status) status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
});
