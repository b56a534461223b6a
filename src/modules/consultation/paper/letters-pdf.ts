// Binding letters as a PDF: four to an A4 sheet (./layout.ts) with cut marks, each with its QR
// code drawn as vector squares (sharp at any printer resolution) and the text in Noto Sans SC
// (Simplified Chinese, from the npm package @embedpdf/fonts-sc; pdfkit embeds only the glyphs
// used). Runs on nothing but Node.js: no browser, no system fonts.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { cells, cutMarks, LETTER_PADDING_MM, paginate, PT_PER_MM, A4 } from "./layout";
import { letterText, type LetterContext, type LetterDwelling } from "./letter-text";

const mm = (v: number) => v * PT_PER_MM;

let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** The font files, read once per process. */
function loadFonts() {
  if (fonts) return fonts;
  const dir = fontDir();
  fonts = {
    regular: readFileSync(path.join(dir, "NotoSansHans-Regular.otf")),
    bold: readFileSync(path.join(dir, "NotoSansHans-Bold.otf")),
  };
  return fonts;
}

function fontDir(): string {
  // The package is resolved from the app's own node_modules (also when bundled by Next.js).
  const candidates = [path.join(process.cwd(), "node_modules/@embedpdf/fonts-sc/fonts")];
  try {
    candidates.push(
      path.join(
        path.dirname(
          createRequire(path.join(process.cwd(), "package.json")).resolve("@embedpdf/fonts-sc/package.json"),
        ),
        "fonts",
      ),
    );
  } catch {
    // fall through to the first candidate's error below
  }
  for (const dir of candidates) {
    try {
      readFileSync(path.join(dir, "NotoSansHans-Regular.otf"), { flag: "r" }).subarray(0, 1);
      return dir;
    } catch {
      continue;
    }
  }
  throw new Error(
    "找不到中文字体(npm 包 @embedpdf/fonts-sc),请运行 npm install / The CJK font package @embedpdf/fonts-sc is missing; run npm install",
  );
}

/** Draws the QR code of `text` as one filled path of dark modules, `size` points wide, at (x, y). */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const count = qr.modules.size;
  const quiet = 2;
  const cell = size / (count + quiet * 2);
  for (let r = 0; r < count; r++) {
    for (let c = 0; c < count; c++) {
      if (qr.modules.get(r, c)) doc.rect(x + (c + quiet) * cell, y + (r + quiet) * cell, cell + 0.01, cell + 0.01);
    }
  }
  doc.fill("#000000");
}

export async function lettersPdf(
  ctx: LetterContext,
  letters: readonly LetterDwelling[],
  title: string,
): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    autoFirstPage: false,
    info: { Title: title, Creator: "老旧小区改造与社区服务提升管理平台" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("sc", regular);
  doc.registerFont("sc-bold", bold);
  const grid = cells();
  const pages = paginate(letters);
  if (pages.length === 0) {
    doc.addPage();
    doc.font("sc").fontSize(14).text("没有可打印的绑定码:请先为缺码房屋生成绑定码。", mm(20), mm(30));
  }
  for (const page of pages) {
    doc.addPage();
    doc.save().lineWidth(0.5).strokeColor("#555555");
    for (const m of cutMarks()) doc.moveTo(mm(m.x1Mm), mm(m.y1Mm)).lineTo(mm(m.x2Mm), mm(m.y2Mm)).stroke();
    // A faint dashed guide along the cuts, for scissors rather than a guillotine.
    doc.dash(2, { space: 3 }).strokeColor("#bbbbbb").lineWidth(0.3);
    doc
      .moveTo(mm(A4.widthMm / 2), 0)
      .lineTo(mm(A4.widthMm / 2), mm(A4.heightMm))
      .stroke();
    doc
      .moveTo(0, mm(A4.heightMm / 2))
      .lineTo(mm(A4.widthMm), mm(A4.heightMm / 2))
      .stroke();
    doc.undash().restore();
    page.forEach((letter, i) => drawLetter(doc, ctx, letter, grid[i]!));
  }
  doc.end();
  return done;
}

function drawLetter(
  doc: PDFKit.PDFDocument,
  ctx: LetterContext,
  letter: LetterDwelling,
  cell: ReturnType<typeof cells>[number],
) {
  const t = letterText(ctx, letter);
  const x = mm(cell.xMm + LETTER_PADDING_MM);
  const width = mm(cell.widthMm - 2 * LETTER_PADDING_MM);
  let y = mm(cell.yMm + LETTER_PADDING_MM);
  const line = (text: string, font: "sc" | "sc-bold", size: number, gap = 2, color = "#000000") => {
    doc.font(font).fontSize(size).fillColor(color).text(text, x, y, { width, lineGap: 1 });
    y = doc.y + gap;
  };
  line(t.heading, "sc", 9, 2, "#444444");
  line(t.place, "sc-bold", 12, 2);
  line(t.project, "sc", 10, 1);
  line(t.period, "sc", 10, 4);
  line(t.dwelling, "sc-bold", 15, 4);

  const qrSize = mm(38);
  drawQr(doc, t.address, x, y, qrSize);
  const right = x + qrSize + mm(3);
  const rightWidth = width - qrSize - mm(3);
  doc
    .font("sc")
    .fontSize(8)
    .fillColor("#000000")
    .text("网址 Address", right, y + mm(2), { width: rightWidth });
  doc
    .font("sc-bold")
    .fontSize(9)
    .text(t.address, right, doc.y + 1, { width: rightWidth });
  doc
    .font("sc")
    .fontSize(8)
    .text("绑定码 Code", right, doc.y + mm(4), { width: rightWidth });
  doc
    .font("sc-bold")
    .fontSize(15)
    .text(t.code, right, doc.y + 1, { width: rightWidth });
  y = y + qrSize + mm(3);

  for (const step of t.steps) line(step, "sc-bold", 12, 2);
  line(t.stepsEn, "sc", 7.5, 4, "#444444");
  line(t.note, "sc", 9, 3, "#444444");
  line(t.contact, "sc-bold", 12, 0);
}
