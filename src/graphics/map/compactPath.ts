// Path data as short as its precision allows, for the map's shared geometry file: d3-geo writes every
// vertex as an absolute pair with fixed decimals (M597.76,-573.89L598.01,-574.13…); a coastline's
// neighbouring vertices are close, so most of those characters repeat. Here each subpath starts
// absolute and goes on in relative steps on a grid of `step` units (l.3-.2.9-.7…), dropping steps
// the grid makes zero-length. About half the bytes, a third less after compression.

/** The decimals `step` needs (0.1 → 1, 0.005 → 3). */
const decimalsOf = (step: number) => Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));

/** A number in as few characters as SVG path syntax allows (0.5 → .5, -0.5 → -.5, 2.0 → 2). */
function short(value: number, decimals: number): string {
  const fixed = value.toFixed(decimals);
  const trimmed = decimals > 0 ? fixed.replace(/\.?0+$/, '') : fixed;
  const s = trimmed === '-0' ? '0' : trimmed;
  return s.replace(/^(-?)0\./, '$1.');
}

/** Joins numbers as path syntax does: a sign, or a leading dot after a number with a dot, needs no space. */
function join(numbers: readonly string[]): string {
  let out = '';
  for (const n of numbers) {
    const previous = out.slice(out.lastIndexOf(' ') + 1);
    const needsSpace = out !== '' && !n.startsWith('-') && !(n.startsWith('.') && /\.\d*$/.test(previous));
    out += (needsSpace ? ' ' : '') + n;
  }
  return out;
}

/**
 * `d` (absolute M, L and Z commands only, as d3-geo writes polygons and lines) redrawn on a grid of
 * `step` units, relative after each subpath's start. Any other command leaves `d` as it is.
 */
export function compactPath(d: string, step: number): string {
  if (!/^[MLZ\d\s.,eE+-]*$/.test(d)) return d;
  const decimals = decimalsOf(step);
  const grid = (v: number) => Math.round(v / step);
  const out: string[] = [];
  for (const sub of d.match(/M[^M]*/g) ?? []) {
    const closed = /Z\s*$/.test(sub);
    const numbers = (sub.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    const points: Array<[number, number]> = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const p: [number, number] = [grid(numbers[i]!), grid(numbers[i + 1]!)];
      const last = points.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
    }
    if (points.length < 2) continue;
    const [start, ...rest] = points;
    const moves = rest.flatMap((p, i) => {
      const from = i === 0 ? start! : rest[i - 1]!;
      return [short((p[0] - from[0]) * step, decimals), short((p[1] - from[1]) * step, decimals)];
    });
    out.push(
      `M${join([short(start![0] * step, decimals), short(start![1] * step, decimals)])}l${join(moves)}${closed ? 'z' : ''}`,
    );
  }
  return out.join('');
}
