// A printed page as paper shows it, read back from the PDF Chromium prints with Poppler's
// pdftotext and pdftoppm (apt-get install poppler-utils; brew install poppler).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NO_POPPLER = `Reading printed pages needs Poppler's pdftotext and pdftoppm on the PATH:
  apt-get install poppler-utils (Debian, Ubuntu) or brew install poppler (macOS).`;

function poppler(tool: string, args: string[]): Buffer {
  try {
    return execFileSync(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(NO_POPPLER, { cause: error });
    throw error;
  }
}

/** Each page's lines of text, in reading order, blank lines left out. */
function pageLines(file: string): string[][] {
  const text = poppler('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
  const pages = text.split('\f');
  if (pages.at(-1)!.trim() === '') pages.pop();
  return pages.map((page) =>
    page
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );
}

/** How much of the first page, from its foot up, carries no ink at all (0–1). */
function blankFootOfFirstPage(file: string): number {
  // A grey-scale picture of page 1 at 20 dpi, as binary PGM: "P5 width height 255" then a byte a pixel.
  const pgm = poppler('pdftoppm', ['-f', '1', '-l', '1', '-r', '20', '-gray', '-singlefile', file]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  let lastInked = 0;
  for (let row = 0; row < height; row++)
    for (let x = 0; x < width; x++) if (pixels[row * width + x]! < 200) lastInked = row;
  return 1 - (lastInked + 1) / height;
}

/** A printed PDF's pages as text, and the blank share of its first page. */
export function readPrint(pdf: Buffer): { pages: string[][]; blankFootOfFirstPage: number } {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    const file = join(dir, 'story.pdf');
    writeFileSync(file, pdf);
    return { pages: pageLines(file), blankFootOfFirstPage: blankFootOfFirstPage(file) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
