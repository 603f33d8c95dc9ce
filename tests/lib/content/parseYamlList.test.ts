import { describe, expect, it } from 'vitest';
import { parseYamlList } from '../../../src/lib/content/parseYamlList';

describe('parseYamlList', () => {
  it('returns entries with their lines and the lines of their fields', () => {
    const text = '# places\n- id: a\n  lat: 1\n\n- id: b\n  lon: 2\n';
    const { items, errors } = parseYamlList(text, 'x.yaml');
    expect(errors).toEqual([]);
    expect(items.map((i) => [i.value, i.line, i.fieldLines])).toEqual([
      [{ id: 'a', lat: 1 }, 2, { id: 2, lat: 3 }],
      [{ id: 'b', lon: 2 }, 5, { id: 5, lon: 6 }],
    ]);
  });

  it('keeps dates as the text the editor wrote', () => {
    const { items } = parseYamlList('- date: 2024-04-27\n', 'x.yaml');
    expect(items[0]!.value).toEqual({ date: '2024-04-27' });
  });

  it('reports a syntax error with its line and the entry it is in', () => {
    const { items, errors } = parseYamlList('- id: a\n  name: ok\n- id: b\n  name: [broken\n', 'x.yaml');
    expect(items).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'x.yaml', entry: 'entry "b" (item 2)' });
    expect(errors[0]!.line).toBeGreaterThanOrEqual(4);
    expect(errors[0]!.problem).toMatch(/^the file cannot be read: /);
  });

  it('reports only the first syntax error: the lines after an under-indented field are its echo', () => {
    const text = '- id: a\n  name: A\n kind: state\n  role: x\n  source: s\n';
    const { errors } = parseYamlList(text, 'x.yaml');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 3, fix: 'indent line 3 by 2 spaces, like the field above it' });
  });

  it('names both lines of a field written twice, keeps the later value, and says which line to delete', () => {
    const text = '- id: a\n  tags:\n    - x\n    - y\n  name: A\n  tags: [z]\n';
    const { items, errors } = parseYamlList(text, 'x.yaml');
    expect(items[0]!.value).toEqual({ id: 'a', tags: ['z'], name: 'A' });
    expect(errors).toEqual([
      {
        file: 'x.yaml',
        line: 6,
        entry: 'entry "a" (item 1)',
        field: 'tags',
        problem: 'is written twice, on line 2 and on line 6',
        fix: 'keep the one on line 6, the later one, if it holds what you mean, and delete line 2 and the lines indented under it',
      },
    ]);
  });

  it('counts lines from where the text starts in its file', () => {
    const { items, errors } = parseYamlList('- a: 1\n  a: 2\n', 'story.mdx', 2);
    expect(items[0]!.fieldLines).toEqual({ a: 3 });
    expect(errors[0]!.problem).toBe('is written twice, on line 2 and on line 3');
  });

  it('treats an empty file as an empty list and a map as a mistake', () => {
    expect(parseYamlList('# nothing yet\n', 'x.yaml')).toEqual({ items: [], errors: [] });
    expect(parseYamlList('id: a\n', 'x.yaml').errors[0]!.problem).toBe('the file must be a list of entries');
  });
});
