// How letters sit on A4 paper: 2 × 2 per sheet, each cell 105 × 148.5 mm with a margin, and cut
// marks on the sheet's edges where the guillotine goes. Pure: the print page and the PDF share it.

export const A4 = { widthMm: 210, heightMm: 297 } as const;
const LETTER_GRID = { columns: 2, rows: 2 } as const;
export const LETTERS_PER_PAGE = LETTER_GRID.columns * LETTER_GRID.rows;
/** Inner margin of each letter, clear of the cut. */
export const LETTER_PADDING_MM = 8;
/** Length of a cut mark from the sheet's edge. */
const CUT_MARK_MM = 5;

export type Cell = { index: number; xMm: number; yMm: number; widthMm: number; heightMm: number };

/** Splits items into pages of `perPage` (the last page may be short; none when there are no items). */
export function paginate<T>(items: readonly T[], perPage = LETTERS_PER_PAGE): T[][] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage must be a positive integer, got ${perPage}`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage));
  return pages;
}

export function pageCount(letters: number, perPage = LETTERS_PER_PAGE): number {
  return Math.ceil(Math.max(0, letters) / perPage);
}

/** The cells of one sheet, row by row from the top left, in millimetres from the top-left corner. */
export function cells(): Cell[] {
  const widthMm = A4.widthMm / LETTER_GRID.columns;
  const heightMm = A4.heightMm / LETTER_GRID.rows;
  const out: Cell[] = [];
  for (let row = 0; row < LETTER_GRID.rows; row++) {
    for (let column = 0; column < LETTER_GRID.columns; column++) {
      out.push({ index: out.length, xMm: column * widthMm, yMm: row * heightMm, widthMm, heightMm });
    }
  }
  return out;
}

export type CutMark = { x1Mm: number; y1Mm: number; x2Mm: number; y2Mm: number };

/** Short strokes at the sheet's edges on every inner cut line (where the cells meet). */
export function cutMarks(): CutMark[] {
  const marks: CutMark[] = [];
  for (let c = 1; c < LETTER_GRID.columns; c++) {
    const x = (A4.widthMm / LETTER_GRID.columns) * c;
    marks.push(
      { x1Mm: x, y1Mm: 0, x2Mm: x, y2Mm: CUT_MARK_MM },
      { x1Mm: x, y1Mm: A4.heightMm - CUT_MARK_MM, x2Mm: x, y2Mm: A4.heightMm },
    );
  }
  for (let r = 1; r < LETTER_GRID.rows; r++) {
    const y = (A4.heightMm / LETTER_GRID.rows) * r;
    marks.push(
      { x1Mm: 0, y1Mm: y, x2Mm: CUT_MARK_MM, y2Mm: y },
      { x1Mm: A4.widthMm - CUT_MARK_MM, y1Mm: y, x2Mm: A4.widthMm, y2Mm: y },
    );
  }
  return marks;
}

/** PDF points per millimetre (72 pt per inch). */
export const PT_PER_MM = 72 / 25.4;
