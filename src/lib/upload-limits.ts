// How large an upload may be, per kind of file, and how large a whole request body may be before
// anything reads it. The one place these numbers live: the proxy (src/proxy.ts) refuses a body
// over its request's limit from the headers (or, without Content-Length, while counting it), the
// import routes and `saveUpload` check the file itself against its kind. Pure, so the client can
// show the same limits and the rules are unit-tested.

const MB = 1024 * 1024;

export type UploadKind = "image" | "imageOrPdf" | "document" | "workbook" | "accountWorkbook";

/** Bytes of the file itself. */
export const UPLOAD_LIMITS: Record<UploadKind, number> = {
  image: 10 * MB, // photos of problems and progress
  imageOrPdf: 15 * MB, // scans of signed paper forms
  document: 20 * MB, // project and task documents, funding vouchers
  workbook: 10 * MB, // plan and dwelling imports (src/lib/xlsx.ts bounds what is inside)
  accountWorkbook: 5 * MB, // officials' account sheet
};

/** Room for the form's other fields and the multipart framing around the file. */
const FORM_ALLOWANCE = 1 * MB;

/** The largest body any request may send: the largest file plus its form. next.config.ts lets exactly this through. */
export const MAX_REQUEST_BODY = Math.max(...Object.values(UPLOAD_LIMITS)) + FORM_ALLOWANCE;

export type BodyLimit = { kind: UploadKind | "form"; bytes: number };

// Route handlers that take a file, by path; each has its own, smaller, limit.
const ROUTE_LIMITS: { pattern: RegExp; kind: UploadKind }[] = [
  { pattern: /^\/admin\/accounts\/import\/upload\/?$/, kind: "accountWorkbook" },
  { pattern: /^\/district\/plans\/[^/]+\/import\/?$/, kind: "workbook" },
  { pattern: /^\/district\/neighborhoods\/[^/]+\/import\/?$/, kind: "workbook" },
];

/**
 * The most a request may send. Import routes get their workbook's limit; everything else that
 * carries a body (server actions — which one is known only once the body is parsed — and any
 * other POST) gets the largest file's, and `saveUpload` then holds each file to its own kind.
 */
export function requestBodyLimit(method: string, pathname: string): BodyLimit | null {
  if (["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase())) return null;
  const route = ROUTE_LIMITS.find((r) => r.pattern.test(pathname));
  if (route) return { kind: route.kind, bytes: UPLOAD_LIMITS[route.kind] + FORM_ALLOWANCE };
  return { kind: "form", bytes: MAX_REQUEST_BODY };
}

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1).replace(/\.0$/, "")} MB`;

/** The refusal at the limit, in plain words (Chinese first). `size` is what was sent, when known. */
export function tooLargeMessage(limit: BodyLimit, size: number | null): { zh: string; en: string } {
  const fileLimit = limit.kind === "form" ? limit.bytes - FORM_ALLOWANCE : UPLOAD_LIMITS[limit.kind];
  const sent = size === null ? "" : `(本次 ${megabytes(size)})`;
  const sentEn = size === null ? "" : ` (this one: ${megabytes(size)})`;
  const advice =
    limit.kind === "workbook" || limit.kind === "accountWorkbook"
      ? "请分批导入"
      : "请压缩后重新上传,或分成几个文件上传";
  const adviceEn =
    limit.kind === "workbook" || limit.kind === "accountWorkbook"
      ? "import it in parts"
      : "compress it or upload it as several files";
  return {
    zh: `文件过大${sent},上限为 ${megabytes(fileLimit)}。${advice}。未保存任何内容。`,
    en: `The upload is too large${sentEn}; the limit is ${megabytes(fileLimit)}. Please ${adviceEn}. Nothing was saved.`,
  };
}

/** The message for a single file over its kind's limit (after the body was read within the request limit). */
export function fileTooLargeMessage(kind: UploadKind, size: number): { zh: string; en: string } {
  return tooLargeMessage({ kind, bytes: UPLOAD_LIMITS[kind] + FORM_ALLOWANCE }, size);
}

/**
 * What to do with a request's body from its headers alone: `refuse` when the declared length is
 * over the limit, `count` when no length is declared but a body is coming (chunked), else nothing.
 */
export function bodyVerdict(request: {
  method: string;
  pathname: string;
  contentLength: string | null;
  transferEncoding: string | null;
}): { action: "pass" } | { action: "refuse"; limit: BodyLimit; size: number } | { action: "count"; limit: BodyLimit } {
  const limit = requestBodyLimit(request.method, request.pathname);
  if (!limit) return { action: "pass" };
  if (request.contentLength !== null && request.contentLength.trim() !== "") {
    const size = Number(request.contentLength);
    // A malformed length is refused by Node's HTTP parser before us; be safe anyway.
    if (!Number.isFinite(size) || size > limit.bytes)
      return { action: "refuse", limit, size: Number.isFinite(size) ? size : limit.bytes + 1 };
    return { action: "pass" };
  }
  return request.transferEncoding ? { action: "count", limit } : { action: "pass" };
}

/** Reads a body stream only as far as the limit; true when it turned out longer. */
export async function streamExceeds(body: ReadableStream<Uint8Array> | null, limit: number): Promise<boolean> {
  if (!body) return false;
  const reader = body.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      total += value.byteLength;
      if (total > limit) return true;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
