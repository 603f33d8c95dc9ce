import { graphicInfo } from '../../graphics/registry';
import type { StoryFrontmatter } from '../../schemas/story';
import type { Chart } from './embedOptions';

/** A chart's words as one story presents it: embed page, embed code, oEmbed, downloads, share card. */
export interface ChartText {
  title: string;
  /** One sentence on what the chart shows. */
  description: string;
  /** What stands in for the chart as an image. */
  alt: string;
  /**
   * Set when the title is the map's default, "<kicker>: <view>": an embed opened on another view
   * (?step=, ?view=) names that view instead. A title the story gives is kept as it is.
   */
  viewKicker?: string;
}

/**
 * One story's text for one of its charts: what its front matter's `charts:` says, field by field,
 * else a default derived from the story. The map's default names the view the story opens on (what
 * the embed shows with no option); the other charts default to the registry's generic text.
 */
export function chartText(
  chart: Chart,
  story: Pick<StoryFrontmatter, 'charts'>,
  openingView: { title: string; description: string } | undefined,
): ChartText {
  const info = graphicInfo(chart);
  const fallback =
    chart === 'map' && openingView
      ? { title: `${info.kicker}: ${openingView.title}`, description: openingView.description }
      : { title: info.title, description: info.description };
  const own = story.charts?.[chart] ?? {};
  const description = own.description ?? fallback.description;
  const text = { title: own.title ?? fallback.title, description, alt: own.alt ?? description };
  return chart === 'map' && openingView && !own.title ? { ...text, viewKicker: info.kicker } : text;
}
