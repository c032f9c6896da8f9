import { paint } from './ansi.js';

/** One terminal cell: a character with optional 256-colour foreground and background. */
export interface Cell {
  ch: string;
  fg?: number;
  bg?: number;
}

// Braille dot bits for (column 0..1, row 0..3) inside one character cell.
const DOTS = [
  [0x01, 0x08],
  [0x02, 0x10],
  [0x04, 0x20],
  [0x40, 0x80],
];

/** A grid of character cells with a braille layer (2 x 4 dots per cell) for drawing lines. */
export class CellGrid {
  readonly cells: Cell[][];
  private readonly bits: number[][];

  constructor(
    readonly cols: number,
    readonly rows: number,
  ) {
    this.cells = Array.from({ length: rows }, () =>
      Array.from({ length: cols }, () => ({ ch: ' ' })),
    );
    this.bits = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  }

  /** Puts a character at a cell (ignored outside the grid). */
  put(c: number, r: number, ch: string, fg?: number, bg?: number): void {
    const row = this.cells[r];
    if (!row || c < 0 || c >= this.cols || !Number.isInteger(c)) return;
    const old = row[c]!;
    row[c] = { ch, fg: fg ?? (ch === ' ' ? old.fg : undefined), bg: bg ?? old.bg };
    this.bits[r]![c] = 0;
  }

  /** Sets one braille dot at dot coordinates (x right, y down); the cell takes colour `fg`. */
  dot(x: number, y: number, fg?: number): void {
    const c = Math.floor(x / 2);
    const r = Math.floor(y / 4);
    const row = this.bits[r];
    if (!row || c < 0 || c >= this.cols || x < 0 || y < 0) return;
    row[c]! |= DOTS[y - r * 4]![x - c * 2]!;
    const cell = this.cells[r]![c]!;
    this.cells[r]![c] = {
      ch: String.fromCharCode(0x2800 + row[c]!),
      fg: fg ?? cell.fg,
      bg: cell.bg,
    };
  }

  /** Draws a straight line of dots between two dot positions, clipped to the grid (Liang–Barsky, then Bresenham). */
  line(x0: number, y0: number, x1: number, y1: number, fg?: number): void {
    const c = clipSegment(x0, y0, x1, y1, this.cols * 2 - 1, this.rows * 4 - 1);
    if (!c) return;
    let [ax, ay, bx, by] = c.map(Math.round) as [number, number, number, number];
    const dx = Math.abs(bx - ax);
    const dy = -Math.abs(by - ay);
    const sx = ax < bx ? 1 : -1;
    const sy = ay < by ? 1 : -1;
    let err = dx + dy;
    for (;;) {
      this.dot(ax, ay, fg);
      if (ax === bx && ay === by) break;
      const e2 = 2 * err;
      if (e2 >= dy) {
        err += dy;
        ax += sx;
      }
      if (e2 <= dx) {
        err += dx;
        ay += sy;
      }
    }
  }

  /** The grid as lines of text, with colour escapes when `color` is on. */
  lines(color: boolean): string[] {
    return this.cells.map((row) => {
      let out = '';
      let i = 0;
      while (i < row.length) {
        // Group runs of equal colour so the escape codes stay short.
        const { fg, bg } = row[i]!;
        let s = '';
        while (i < row.length && row[i]!.fg === fg && row[i]!.bg === bg) s += row[i++]!.ch;
        out += paint(s, fg, color, bg);
      }
      return out;
    });
  }
}

/** Clips a segment to [0, w] x [0, h]; undefined when it misses the box entirely. */
function clipSegment(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  w: number,
  h: number,
): [number, number, number, number] | undefined {
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const edges: [number, number][] = [
    [-dx, x0],
    [dx, w - x0],
    [-dy, y0],
    [dy, h - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  if (t0 > t1) return undefined;
  return [x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy];
}
