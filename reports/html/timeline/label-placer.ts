/**
 * Puts short labels on a few rows so that none overlaps another: each row remembers where
 * its last label ended. A label that fits no row is left out (its tooltip still says it).
 */
export class LabelPlacer {
  private readonly ends: number[];

  constructor(rows: number, private readonly gap = 4) {
    this.ends = Array.from({ length: rows }, () => -Infinity);
  }

  /** The row for a label spanning [x, x + width), or undefined when every row is taken there. */
  place(x: number, width: number): number | undefined {
    const row = this.ends.findIndex((end) => end + this.gap <= x);
    if (row === -1) return undefined;
    this.ends[row] = x + width;
    return row;
  }
}

/** A rough width of text in the report's sans-serif face, enough to avoid overlaps. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.58;
}
