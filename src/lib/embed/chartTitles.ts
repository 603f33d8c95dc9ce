import { graphicInfo } from '../../graphics/registry';
import type { Chart } from './embedOptions';

/** Each embeddable chart's title and one-line description (page title, share card, oEmbed, alt text). */
export function chartTitle(chart: Chart): { title: string; description: string } {
  const { title, description } = graphicInfo(chart);
  return { title, description };
}
