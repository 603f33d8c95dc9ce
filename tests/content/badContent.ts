import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, type ContentFixture } from '../support/contentFixture';

/** The README's correction example, as an editor would paste it. */
const correctionExample = () =>
  /<!-- example: front-matter content\/stories\/mediation\.mdx -->\s*```yaml\n([\s\S]*?)```/.exec(
    readFileSync(path.join(projectRoot, 'README.md'), 'utf8'),
  )![1]!;

/** One kind of editor mistake: how to make it in a copy of the content, and what the message must say. */
export interface BadContentCase {
  kind: string;
  break(fixture: ContentFixture): void;
  /** Every one of these must appear in the error output: file (with line), entry, field, and the fix. */
  expect: string[];
  /** How many errors the mistake gives: one mistake, one message, unless the edit makes several. */
  count?: number;
  /** None of these may appear: follow-on errors and wrong advice. */
  absent?: string[];
}

export const badContentCases: BadContentCase[] = [
  {
    kind: 'unknown id reference',
    break: (f) =>
      f.edit(
        'relations.yaml',
        'from: qatar\n  to: israel\n  type: mediates',
        'from: qatar\n  to: isreal\n  type: mediates',
      ),
    expect: [
      'relations.yaml:',
      'entry "qatar-mediates-israel"',
      'field "to"',
      '"isreal" is not the id of any actor — did you mean "israel"?',
      'Fix: write "israel", or another id from content/actors.yaml.',
    ],
  },
  {
    kind: 'unknown source',
    break: (f) => f.edit('places.yaml', 'source: al-qahera-delegations', 'source: al-qahira-delegations'),
    expect: [
      'places.yaml:',
      'entry "cairo"',
      'field "source"',
      'not the id of any source',
      'did you mean "al-qahera-delegations"?',
      'content/sources.yaml',
    ],
  },
  {
    kind: 'missing source',
    break: (f) => f.edit('actors.yaml', /(- id: kan\n(?:.*\n)*?) {2}source: mediation-report\n/, '$1'),
    expect: [
      'actors.yaml:',
      'entry "kan"',
      'field "source"',
      'is missing. Fix: add a line "source: ..." with the id of the entry in content/sources.yaml',
    ],
  },
  {
    kind: 'duplicate id',
    break: (f) => f.edit('places.yaml', 'id: tel-aviv', 'id: rafah'),
    expect: [
      'places.yaml:',
      'entry "rafah" (item 6)',
      'field "id"',
      'already the id of item 3',
      '"tel-aviv" is not the id of any place',
    ],
    // Taking another entry's id also takes the old id away from the view that names it: two real faults.
    count: 2,
  },
  {
    kind: 'latitude out of range',
    break: (f) => f.edit('places.yaml', 'lat: 25.28545', 'lat: 125.28545'),
    expect: [
      'places.yaml:',
      'entry "doha"',
      'field "lat"',
      '125.28545 is out of range (more than 90). Fix: write the latitude in degrees north, a number from -90 to 90',
    ],
  },
  {
    kind: 'longitude out of range',
    break: (f) => f.edit('places.yaml', 'lon: -77.03637', 'lon: -277.03637'),
    expect: [
      'places.yaml:',
      'entry "washington"',
      'field "lon"',
      'out of range (less than -180)',
      'from -180 to 180',
    ],
  },
  {
    kind: 'unknown field (typo)',
    break: (f) => f.edit('places.yaml', 'lat: 31.29722', 'lattitude: 31.29722'),
    expect: [
      'places.yaml:27: entry "rafah" (item 3), field "lattitude": is not a field of a place — did you mean "lat"?',
      'Fix: rename it "lat"',
    ],
    absent: ['field "lat": is missing'],
  },
  {
    kind: 'wrong type',
    break: (f) => f.edit('places.yaml', 'lon: 31.24967', 'lon: 31.2E east'),
    expect: [
      'places.yaml:',
      'entry "cairo"',
      'field "lon"',
      'must be a number (no quotes), got the text "31.2E east". Fix: write the longitude in degrees east',
    ],
  },
  {
    kind: 'malformed date',
    break: (f) => f.edit('events.yaml', "date: '2024-04-29'", "date: '2024-04-31'"),
    expect: [
      'events.yaml:',
      'entry "hamas-delegation-cairo"',
      'field "date"',
      'is not a calendar date. Fix: write the date, in quotes:',
      'YYYY-MM-DD',
    ],
    absent: ['Allowed:', 'When:'],
  },
  {
    kind: 'unknown enum value',
    break: (f) => f.edit('relations.yaml', 'type: criticises', 'type: criticizes'),
    expect: [
      'relations.yaml:',
      'entry "netanyahu-criticises-qatar"',
      'field "type"',
      '"criticizes" is not allowed — did you mean "criticises"?',
      'Fix: use one of mediates, hosts',
    ],
  },
  {
    kind: 'YAML syntax error',
    break: (f) => f.edit('actors.yaml', 'name: Basem Naim', 'name: [Basem Naim'),
    expect: ['actors.yaml:', 'entry "basem-naim"', 'the file cannot be read', 'brackets and quotes on line'],
  },
  {
    kind: 'story cites an unknown source',
    break: (f) =>
      f.edit(
        'stories/mediation.mdx',
        '<Cite source="ap-naim-message" />',
        '<Cite source="ap-naim-mesage" />',
      ),
    expect: ['stories/mediation.mdx:', '<Cite> on line', 'field "source"', 'did you mean "ap-naim-message"?'],
  },
  {
    kind: 'story front matter typo',
    break: (f) => f.edit('stories/mediation.mdx', 'byline:', 'by-line:'),
    expect: [
      'stories/mediation.mdx:4: front matter, field "by-line": is not a field of a story — did you mean "byline"?',
      'Fix: rename it "byline"',
    ],
    absent: ['is missing'],
  },
  {
    kind: 'step naming an unknown map view',
    break: (f) =>
      f.edit('stories/mediation.mdx', '<Step id="rafah" map="gaza"', '<Step id="rafah" map="gazza"'),
    expect: [
      'stories/mediation.mdx:',
      '<Step id="rafah">',
      'field "map"',
      '"gazza" is not the id of any view',
      'did you mean "gaza"?',
      'content/map-views.yaml',
    ],
  },
  {
    kind: 'two steps with one id',
    break: (f) => f.edit('stories/mediation.mdx', '<Step id="cairo"', '<Step id="war"'),
    expect: ['stories/mediation.mdx:', '<Step id="war">', 'field "id"', 'already the id of the step on line'],
  },
  {
    kind: 'map view framing an unknown place',
    break: (f) =>
      f.edit('map-views.yaml', 'places: [cairo, doha, gaza-strip]', 'places: [cairo, dohha, gaza-strip]'),
    expect: [
      'map-views.yaml:',
      'entry "mediation"',
      'field "frame.places.1"',
      '"dohha" is not the id of any place',
      'did you mean "doha"?',
    ],
  },
  {
    kind: 'map view naming an unknown area',
    break: (f) =>
      f.edit('map-views.yaml', 'areas: [gaza-strip]\n  highlight:', 'areas: [gaza]\n  highlight:'),
    expect: [
      'map-views.yaml:',
      'entry "gaza"',
      'field "frame.areas.0"',
      '"gaza" is not allowed',
      'gaza-strip',
    ],
  },
  {
    kind: 'map view charting a place that is not there',
    break: (f) => f.edit('map-views.yaml', '{ place: rafah, figure: sheltering', '{ place: rafha, figure: sheltering'),
    expect: [
      'map-views.yaml:',
      'entry "gaza"',
      'field "figures.1.place"',
      '"rafha" is not the id of any place',
      'did you mean "rafah"?',
    ],
  },
  {
    kind: 'map view charting a figure the place does not have',
    break: (f) => f.edit('map-views.yaml', 'figure: sheltering', 'figure: sheltring'),
    expect: [
      'map-views.yaml:',
      'entry "gaza"',
      'field "figures.1.figure"',
      'place "rafah" has no figure "sheltring" — did you mean "sheltering"?',
      'Fix: write one of its figures: sheltering.',
    ],
  },
  {
    kind: 'charted figure not worded as a number',
    break: (f) => f.edit('places.yaml', 'sheltering: more than 1 million', 'sheltering: a great many'),
    expect: [
      'map-views.yaml:',
      'entry "gaza"',
      'field "figures.1.figure"',
      '("a great many") is not a number the chart can draw',
      '"more than 1 million"',
    ],
  },
  {
    kind: 'charted parts larger than the whole',
    break: (f) => f.edit('places.yaml', 'sheltering: more than 1 million', 'sheltering: 3 million'),
    expect: ['map-views.yaml:', 'entry "gaza"', 'field "figures"', 'add up to more than the first figure'],
  },
  {
    kind: 'step naming an unknown actor, relation and event',
    break: (f) =>
      f.edit(
        'stories/mediation.mdx',
        '<Step id="rafah" map="gaza" actors="israel" event="rafah-offensive-announced">',
        '<Step id="rafah" map="gaza" actors="isreal" relations="qatar-mediates" event="rafah-offensive">',
      ),
    expect: [
      '<Step id="rafah">, field "actors": "isreal" is not the id of any actor',
      'did you mean "israel"?',
      '<Step id="rafah">, field "relations": "qatar-mediates" is not the id of any relation',
      '<Step id="rafah">, field "event": "rafah-offensive" is not the id of any event',
    ],
    count: 3,
  },
  {
    kind: 'step naming an unknown graphic or attribute',
    break: (f) => f.edit('stories/mediation.mdx', '<Step id="cairo" map="mediation"', '<Step id="cairo" graphic="diagramm" mpa="x" map="mediation"'),
    expect: [
      '<Step id="cairo">, field "graphic": "diagramm" is not a graphic — did you mean "diagram"?',
      'field "mpa": is not an attribute of <Step>',
    ],
    count: 2,
  },
  {
    kind: 'step attribute written as an expression, not text',
    break: (f) => f.edit('stories/mediation.mdx', '<Step id="cairo" map="mediation"', '<Step id="cairo" map={"mediation"}'),
    expect: ['stories/mediation.mdx:', 'step "cairo"', 'field "map"', 'not a plain string', 'Fix: write the value in quotes'],
    count: 1,
  },
  {
    kind: 'story text that is not valid MDX',
    break: (f) => f.append('stories/qatar.mdx', '\n<!-- a note for the desk -->\n'),
    expect: ['stories/qatar.mdx:', 'the MDX cannot be read', 'Fix: close every tag you open'],
    count: 1,
  },
  {
    kind: 'story without a required front matter field',
    break: (f) => f.edit('stories/qatar.mdx', /^published: .*\n/m, ''),
    expect: ['stories/qatar.mdx', 'front matter', 'field "published"', 'is missing'],
  },
  {
    kind: 'story without front matter',
    break: (f) => f.edit('stories/qatar.mdx', /^---[\s\S]*?---\n/, ''),
    expect: ['stories/qatar.mdx:1', 'front matter', 'the story has no front matter', 'title, dek, byline'],
  },
  {
    kind: 'two stories with the same slug',
    break: (f) => f.edit('stories/qatar.mdx', 'byline:', 'slug: mediation\nbyline:'),
    expect: [
      'stories/qatar.mdx:4',
      'front matter',
      'field "slug"',
      '"mediation" is already the address of',
      'stories/mediation.mdx',
      'give this story its own slug',
    ],
  },
  {
    kind: 'story slug the site uses for itself',
    break: (f) => f.edit('stories/qatar.mdx', 'byline:', 'slug: embed\nbyline:'),
    expect: ['stories/qatar.mdx:4', 'field "slug"', '"embed" is an address the site uses for itself', 'choose another slug'],
  },
  {
    kind: 'a field indented one space too few',
    break: (f) => f.edit('actors.yaml', '  name: Basem Naim', ' name: Basem Naim'),
    expect: [
      'actors.yaml:43: entry "basem-naim" (item 7): the file cannot be read',
      'Fix: indent line 43 by 2 spaces, like the field above it.',
      'not checked until content/actors.yaml can be read',
    ],
    absent: ['is not the id of any actor'],
  },
  {
    kind: 'a field written twice',
    break: (f) => f.edit('places.yaml', '  kind: capital\n  lon: 51.53096', '  kind: capital\n  kind: city\n  lon: 51.53096'),
    expect: [
      'places.yaml:46: entry "doha" (item 5), field "kind": is written twice, on line 45 and on line 46',
      'Fix: keep the one on line 46, the later one, if it holds what you mean, and delete line 45.',
    ],
  },
  {
    kind: 'lon and lat swapped, putting a capital far off the map',
    break: (f) => f.edit('places.yaml', '  lon: 51.53096\n  lat: 25.28545', '  lon: 25.28545\n  lat: 51.53096'),
    expect: [
      'places.yaml:46: entry "doha" (item 5), field "lon"',
      'is far outside every map view — did you swap lon and lat?',
      'Fix: swap them: lon: 51.53096 and lat: 25.28545.',
    ],
  },
  {
    kind: 'lon and lat swapped, putting a city in the sea',
    break: (f) => f.edit('places.yaml', '  lon: 34.46672\n  lat: 31.50161', '  lon: 31.50161\n  lat: 34.46672'),
    expect: [
      'places.yaml:18: entry "gaza-city" (item 2), field "lon"',
      'is in the sea, yet the place is a city — did you swap lon and lat?',
      'Fix: swap them: lon: 34.46672 and lat: 31.50161.',
    ],
  },
  {
    kind: 'correction pasted under the old lines',
    break: (f) => f.edit('stories/mediation.mdx', 'corrections: []\n', `corrections: []\n${correctionExample()}`),
    expect: [
      'stories/mediation.mdx:9: front matter, field "updated": is written twice, on line 7 and on line 9',
      'delete line 7',
      'field "corrections": is written twice, on line 8 and on line 10',
    ],
    count: 2,
  },
  {
    kind: 'chart id misspelt',
    break: (f) =>
      f.edit('stories/qatar.mdx', 'corrections: []\n', "corrections: []\ncharts:\n  mapp:\n    title: 'Map: Doha'\n"),
    expect: ['stories/qatar.mdx:9: front matter, field "charts.mapp"', 'did you mean "map"?', 'map, diagram, timeline'],
  },
  {
    kind: 'chart field misspelt',
    break: (f) =>
      f.edit('stories/qatar.mdx', 'corrections: []\n', "corrections: []\ncharts:\n  map:\n    titel: 'Map: Doha'\n"),
    expect: ['stories/qatar.mdx:10: front matter, field "charts.map.titel"', 'did you mean "title"?'],
  },
];
