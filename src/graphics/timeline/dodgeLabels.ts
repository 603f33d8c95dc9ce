/** A label block to stack: where it would like its middle (anchor) and its height, viewBox pixels. */
export interface DodgeItem {
  anchor: number;
  height: number;
}

/** Top edges, viewBox pixels, of blocks kept in order, `gap` apart, within [min, max], near their anchors. */
export function dodgeLabels(items: readonly DodgeItem[], min: number, max: number, gap: number): number[] {
  // Each block starts centred on its anchor. Top-down keeps order and spacing, then bottom-up pulls back
  // anything past the frame; blocks that cannot all fit overlap at the top, so callers size the frame first.
  const tops = items.map((b) => b.anchor - b.height / 2);
  for (let i = 0; i < tops.length; i++)
    tops[i] = Math.max(tops[i]!, i === 0 ? min : tops[i - 1]! + items[i - 1]!.height + gap);
  for (let i = tops.length - 1; i >= 0; i--) {
    const limit = i === tops.length - 1 ? max - items[i]!.height : tops[i + 1]! - gap - items[i]!.height;
    tops[i] = Math.max(min, Math.min(tops[i]!, limit));
  }
  return tops;
}
