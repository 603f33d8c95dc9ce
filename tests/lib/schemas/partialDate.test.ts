import { describe, expect, it } from 'vitest';
import {
  formatPartialDate,
  parsePartialDate,
  partialDateEnd,
  partialDateStart,
} from '../../../src/schemas/partialDate';

describe('parsePartialDate', () => {
  it('reads day, month and year precision', () => {
    expect(parsePartialDate('2024-04-27')).toMatchObject({ precision: 'day', year: 2024, month: 4, day: 27 });
    expect(parsePartialDate('2023-11')).toMatchObject({ precision: 'month', year: 2023, month: 11, day: 1 });
    expect(parsePartialDate('2024')).toMatchObject({ precision: 'year', year: 2024, month: 1, day: 1 });
  });

  it('rejects impossible or malformed dates', () => {
    for (const bad of [
      '2024-04-31',
      '2023-02-29',
      '2024-13',
      '2024-00-10',
      '24-04-27',
      '2024/04/27',
      '2024-4-7',
      '',
      'April 2024',
    ]) {
      expect(parsePartialDate(bad), bad).toBeUndefined();
    }
    expect(parsePartialDate('2024-02-29')).toBeDefined();
  });
});

describe('spans and text', () => {
  it('covers the whole day, month or year', () => {
    const day = parsePartialDate('2024-04-29')!;
    expect(partialDateEnd(day) - partialDateStart(day)).toBe(86_400_000);
    const month = parsePartialDate('2023-11')!;
    expect(new Date(partialDateStart(month)).toISOString()).toBe('2023-11-01T00:00:00.000Z');
    expect(new Date(partialDateEnd(month)).toISOString()).toBe('2023-12-01T00:00:00.000Z');
    const year = parsePartialDate('2024')!;
    expect(new Date(partialDateEnd(year)).toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('never prints more precision than is known', () => {
    expect(formatPartialDate(parsePartialDate('2024-04-27')!)).toBe('27 April 2024');
    expect(formatPartialDate(parsePartialDate('2024-04')!)).toBe('April 2024');
    expect(formatPartialDate(parsePartialDate('2023')!)).toBe('2023');
  });
});
