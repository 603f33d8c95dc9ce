import type { Chart } from './embedOptions';

/** Each embeddable chart's title and one-line description (page title, share card, oEmbed, alt text). */
export const chartTitles: Record<Chart, { title: string; description: string }> = {
  map: {
    title: 'Map: Gaza, Rafah and the mediators in Cairo and Doha',
    description:
      'Locator map of the Gaza Strip, Rafah on the Egyptian border, and the mediators’ capitals, Cairo and Doha.',
  },
  diagram: {
    title: 'Who talks to whom in the Gaza ceasefire talks',
    description:
      'Diagram of Israel, Hamas, the three mediators Qatar, Egypt and the United States, and the people and outlets who spoke.',
  },
  timeline: {
    title: 'Timeline: from the start of the war to the Cairo talks',
    description: 'Events from 7 October 2023 to the talks expected in Cairo at the end of April 2024.',
  },
};
