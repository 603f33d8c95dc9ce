/** An axis-aligned box in viewBox pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label to place: candidate boxes in order of preference. */
export interface LabelRequest {
  key: string;
  candidates: Box[];
  /** Must be placed even if every candidate collides (it is then placed at its first candidate). */
  required?: boolean;
}

export interface PlacedLabel {
  key: string;
  box: Box;
  /** Index of the chosen candidate, or -1 when no candidate fitted and the label is hidden. */
  candidate: number;
  visible: boolean;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

export function inside(box: Box, frame: Box): boolean {
  return (
    box.x >= frame.x &&
    box.y >= frame.y &&
    box.x + box.width <= frame.x + frame.width &&
    box.y + box.height <= frame.y + frame.height
  );
}

/**
 * Greedy placement in priority order: each label takes its first candidate that stays inside the
 * frame and clear of obstacles and of labels already placed; otherwise it is hidden.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  frame: Box,
  obstacles: readonly Box[] = [],
  gap = 2,
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  return requests.map(({ key, candidates }) => {
    const candidate = candidates.findIndex(
      (box) => inside(box, frame) && !taken.some((t) => overlaps(box, t, gap)),
    );
    if (candidate < 0) return { key, box: candidates[0]!, candidate, visible: false };
    const box = candidates[candidate]!;
    taken.push(box);
    return { key, box, candidate, visible: true };
  });
}

/** Estimated width of a line of text, in pixels, for a sans-serif at `size` px (no DOM to measure at build time). */
export function textWidth(
  text: string,
  size: number,
  { bold = false, caps = false, tracking = 0 } = {},
): number {
  // Per-character advance as a fraction of the font size, generous enough for DejaVu Sans, Arial and SF.
  const advance = (ch: string) => {
    if (ch === ' ') return 0.32;
    if (/[il.,'’|]/.test(ch)) return 0.3;
    if (/[mwMW]/.test(ch)) return 0.92;
    if (/[A-Z]/.test(ch) || caps) return 0.72;
    if (/[0-9]/.test(ch)) return 0.64;
    return 0.6;
  };
  const chars = [...(caps ? text.toUpperCase() : text)];
  const width = chars.reduce((sum, ch) => sum + advance(ch), 0) * size;
  return (bold ? width * 1.07 : width) + tracking * size * chars.length;
}
