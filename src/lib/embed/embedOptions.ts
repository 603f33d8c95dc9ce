import { graphicIds, type GraphicId } from '../../graphics/registry';

/** The charts that can be embedded, by the id used in their URL (/embed/<story>/<chart>/): every graphic. */
export const charts = graphicIds;
export type Chart = GraphicId;

export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];
/** Light unless asked: a chart pasted into a host article matches the usual white page, whatever the reader's setting. */
export const defaultTheme: Theme = 'light';

export interface EmbedOptions {
  /** A step id from the story, or undefined for the chart's default state. */
  step: string | undefined;
  /** A map view id (map embeds only), or undefined. */
  view: string | undefined;
  theme: Theme;
  /** The Pym.js child id the parent page gave, if any. */
  childId: string | undefined;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const childIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Reads an embed's URL query. Untrusted input: a value is used only if it is exactly one of the
 * allowed ids (or matches a strict pattern), else the default applies. Nothing from the URL is
 * ever written into the page as markup.
 */
export function parseEmbedOptions(
  search: string,
  allowed: { steps: readonly string[]; views: readonly string[] },
): EmbedOptions {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 2048 ? '' : search);
  } catch {
    params = new URLSearchParams();
  }
  const pick = (name: string, list: readonly string[]) => {
    const value = params.get(name);
    return value !== null && value.length <= 64 && idPattern.test(value) && list.includes(value)
      ? value
      : undefined;
  };
  const theme = params.get('theme');
  const childId = params.get('childId');
  return {
    step: pick('step', allowed.steps),
    view: pick('view', allowed.views),
    theme: (themes as readonly string[]).includes(theme ?? '') ? (theme as Theme) : defaultTheme,
    childId: childId !== null && childIdPattern.test(childId) ? childId : undefined,
  };
}
