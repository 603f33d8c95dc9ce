import { describe, expect, it } from 'vitest';
import { formatTimestamp, isLaterUpdate } from '../../../src/lib/story/timestamps';

describe('timestamps', () => {
  it('prints UTC whatever the offset written', () => {
    expect(formatTimestamp('2026-11-25T09:05:00Z')).toBe('25 November 2026, 09:05 UTC');
    expect(formatTimestamp('2026-11-25T01:30:00+03:00')).toBe('24 November 2026, 22:30 UTC');
  });
  it('shows an update only when it is later than publication', () => {
    expect(isLaterUpdate('2026-11-25T09:00:00Z', '2026-11-25T16:00:00Z')).toBe(true);
    expect(isLaterUpdate('2026-11-25T09:00:00Z', '2026-11-25T09:00:00Z')).toBe(false);
    expect(isLaterUpdate('2026-11-25T09:00:00Z', undefined)).toBe(false);
  });
});
