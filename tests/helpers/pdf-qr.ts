// Reads the QR code a printer would print: renders a PDF page to pixels with poppler's pdftoppm
// (PPM, so no image library is needed) and decodes it with jsQR. Crops to one quarter of the
// sheet, where the first letter sits, so that one code is in view.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsQR from "jsqr";

function readPpm(bytes: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
  // Header: "P6\n<w> <h>\n<max>\n", then RGB bytes.
  let offset = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[offset]!))) offset++;
    let token = "";
    while (!/\s/.test(String.fromCharCode(bytes[offset]!))) token += String.fromCharCode(bytes[offset++]!);
    fields.push(token);
  }
  offset++;
  if (fields[0] !== "P6") throw new Error(`not a binary PPM: ${fields[0]}`);
  const [width, height] = [Number(fields[1]), Number(fields[2])];
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[i * 4] = bytes[offset + i * 3]!;
    rgba[i * 4 + 1] = bytes[offset + i * 3 + 1]!;
    rgba[i * 4 + 2] = bytes[offset + i * 3 + 2]!;
    rgba[i * 4 + 3] = 255;
  }
  return { width, height, rgba };
}

/** The text of the QR code in the top-left quarter of `page` (1-based) of the PDF, or null if none is found. */
export function decodePdfQr(pdf: Buffer, page = 1, dpi = 150): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), "pdf-qr-"));
  try {
    const file = path.join(dir, "in.pdf");
    writeFileSync(file, pdf);
    // A4 at `dpi`: crop the top-left quarter (one letter).
    const width = Math.round((210 / 25.4) * dpi);
    const height = Math.round((297 / 25.4) * dpi);
    try {
      execFileSync("pdftoppm", [
        "-r",
        String(dpi),
        "-f",
        String(page),
        "-l",
        String(page),
        "-x",
        "0",
        "-y",
        "0",
        "-W",
        String(Math.floor(width / 2)),
        "-H",
        String(Math.floor(height / 2)),
        "-singlefile",
        file,
        path.join(dir, "out"),
      ]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        throw new Error(
          "找不到 pdftoppm,无法读取信件 PDF 上的二维码。/ pdftoppm not found: Debian/Ubuntu `sudo apt-get install -y poppler-utils`, macOS `brew install poppler`.",
        );
      }
      throw error;
    }
    const { width: w, height: h, rgba } = readPpm(readFileSync(path.join(dir, "out.ppm")));
    return jsQR(rgba, w, h)?.data ?? null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages in a PDF, from poppler's pdfinfo. */
export function pdfPageCount(pdf: Buffer): number {
  const dir = mkdtempSync(path.join(tmpdir(), "pdf-info-"));
  try {
    const file = path.join(dir, "in.pdf");
    writeFileSync(file, pdf);
    const info = execFileSync("pdfinfo", [file]).toString();
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
