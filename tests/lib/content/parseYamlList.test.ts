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
    expect(errors[0]!.problem).toMatch(/^YAML syntax error/);
  });

  it('reports a duplicated field as an error', () => {
    const { errors } = parseYamlList('- id: a\n  id: b\n', 'x.yaml');
    expect(errors[0]).toMatchObject({ line: 2, entry: 'entry "a" (item 1)' });
  });

  it('treats an empty file as an empty list and a map as a mistake', () => {
    expect(parseYamlList('# nothing yet\n', 'x.yaml')).toEqual({ items: [], errors: [] });
    expect(parseYamlList('id: a\n', 'x.yaml').errors[0]!.problem).toBe('the file must be a list of entries');
  });
});
