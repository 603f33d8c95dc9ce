// The graphics' client models arrive as files shared by every page (src/graphics/sharedFiles.ts):
// the page's script fetches those its graphics name (data-model) before it defines their elements,
// so an element always finds its model when it upgrades. Until then the figures stay as the build
// drew them; a model that cannot be fetched leaves its graphic so, in the first step's state.

const loaded = new Map<string, unknown>();

/**
 * What `read` makes of the file at `url`; undefined, and the reason in the console, if it cannot be
 * fetched (a missing file is a 404 page: never read as the file).
 */
export async function fetched<T>(
  url: string,
  read: (response: Response) => Promise<T>,
): Promise<T | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await read(response);
  } catch (error) {
    console.error(url, error);
    return undefined;
  }
}

/** Fetches the models of the graphics inside `root` not fetched yet; resolves once all have come or failed. */
export async function loadModels(root: ParentNode = document): Promise<void> {
  const urls = new Set(
    [...root.querySelectorAll<HTMLElement>('[data-graphic][data-model]')].map((el) => el.dataset.model!),
  );
  await Promise.all(
    [...urls]
      .filter((url) => !loaded.has(url))
      .map(async (url) => loaded.set(url, await fetched(url, (response) => response.json()))),
  );
}

/** The model fetched from `url`, if it came. */
export const modelAt = (url: string | undefined): unknown => (url ? loaded.get(url) : undefined);
