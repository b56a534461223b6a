import "server-only";
// Uploaded files (photos, scans, documents) in UPLOAD_DIR under server-generated names. The type
// is decided from the file's first bytes, not from its name or the browser's claim, and only
// images, PDFs and Office files are accepted — nothing executable is ever stored or served.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rm, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { env } from "@/lib/env";
import { InvalidInputError, type Message } from "@/lib/errors";
import { fileTooLargeMessage, UPLOAD_LIMITS, type UploadKind as AnyUploadKind } from "@/lib/upload-limits";
import { ref } from "@/lib/i18n/message-ref";

/** The kinds stored as files (workbooks are read, never stored). */
export type UploadKind = Extract<AnyUploadKind, "image" | "document" | "imageOrPdf">;
export { UPLOAD_LIMITS };

type Sniffed = { mimeType: string; ext: string; image: boolean };

const ACCEPTS: Record<UploadKind, { zh: string; en: string }> = {
  image: { zh: "JPG、PNG 或 WebP 图片", en: "a JPG, PNG or WebP image" },
  imageOrPdf: { zh: "图片(JPG、PNG、WebP)或 PDF", en: "an image (JPG, PNG, WebP) or a PDF" },
  document: { zh: "图片、PDF、Word 或 Excel 文件", en: "an image, PDF, Word or Excel file" },
};

function sniff(bytes: Uint8Array, fileName: string): Sniffed | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return { mimeType: "image/jpeg", ext: "jpg", image: true };
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { mimeType: "image/png", ext: "png", image: true };
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === "WEBP") {
    return { mimeType: "image/webp", ext: "webp", image: true };
  }
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return { mimeType: "application/pdf", ext: "pdf", image: false };
  // Office files are ZIP containers; the name says which (both are only ever downloaded).
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    const lower = fileName.toLowerCase();
    if (lower.endsWith(".xlsx"))
      return {
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ext: "xlsx",
        image: false,
      };
    if (lower.endsWith(".docx"))
      return {
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ext: "docx",
        image: false,
      };
  }
  return null;
}

function accepted(kind: UploadKind, sniffed: Sniffed): boolean {
  if (kind === "image") return sniffed.image;
  if (kind === "imageOrPdf") return sniffed.image || sniffed.mimeType === "application/pdf";
  return true;
}

// Files written while a unit of work (an action's transaction) runs; if the work fails they are
// removed, so a refused or failed action leaves no file without its record.
const writtenInWork = new AsyncLocalStorage<string[]>();

export async function removingUploadsOnFailure<T>(work: () => Promise<T>): Promise<T> {
  const written: string[] = [];
  try {
    return await writtenInWork.run(written, work);
  } catch (error) {
    await Promise.all(written.map((file) => unlink(file).catch(() => undefined)));
    throw error;
  }
}

export type StoredFile = { storageKey: string; fileName: string; mimeType: string; sizeBytes: number; image: boolean };

/** Checks and stores an uploaded file; throws InvalidInputError (field `field`) with a message in plain words. */
export async function saveUpload(file: File, kind: UploadKind, field = "file"): Promise<StoredFile> {
  const refuse = (message: Message): never => {
    throw new InvalidInputError({ [field]: [message] }, message);
  };
  if (!file || file.size === 0) refuse(ref("errors.upload.chooseFile"));
  const limit = UPLOAD_LIMITS[kind];
  if (file.size > limit) {
    refuse(fileTooLargeMessage(kind, file.size));
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sniffed = sniff(bytes, file.name);
  if (!sniffed || !accepted(kind, sniffed)) {
    refuse(ref("errors.upload.typeNotAccepted", { accepts: ACCEPTS[kind] }));
  }
  const now = new Date();
  const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}.${sniffed!.ext}`;
  const target = resolveKey(storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes, { flag: "wx" });
  writtenInWork.getStore()?.push(target);
  return {
    storageKey,
    fileName: path.basename(file.name).slice(0, 200) || `file.${sniffed!.ext}`,
    mimeType: sniffed!.mimeType,
    sizeBytes: file.size,
    image: sniffed!.image,
  };
}

const KEY_PATTERN = /^\d{4}\/\d{2}\/[0-9a-f-]{36}\.(jpg|png|webp|pdf|xlsx|docx)$/;

function resolveKey(storageKey: string): string {
  if (!KEY_PATTERN.test(storageKey)) throw new Error(`invalid storage key ${storageKey}`);
  return path.join(path.resolve(env().UPLOAD_DIR), storageKey);
}

/** Removes a stored file whose record was never written (its transaction failed); a missing file is fine. */
export async function removeUpload(storageKey: string): Promise<void> {
  await rm(resolveKey(storageKey), { force: true });
}

/** Whether a stored file is there (for checks that a failed write left nothing behind). */
export async function uploadExists(storageKey: string): Promise<boolean> {
  return stat(resolveKey(storageKey)).then(
    () => true,
    () => false,
  );
}

const MIME_OF_EXT: Record<string, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** The type of a stored file from its key, for records that keep only the key: `saveUpload` names files by their sniffed type. */
export function storedFileType(storageKey: string): { ext: string; mimeType: string } {
  const ext = storageKey.split(".").pop() ?? "";
  return { ext, mimeType: MIME_OF_EXT[ext] ?? "application/octet-stream" };
}

/**
 * The HTTP response for a stored file, after the caller has checked the user may see it.
 * The type comes from our record; browsers are told not to guess and not to run anything.
 */
export async function uploadResponse(file: {
  storageKey: string;
  mimeType: string;
  fileName: string;
}): Promise<Response> {
  const full = resolveKey(file.storageKey);
  const info = await stat(full);
  const inline = file.mimeType.startsWith("image/") || file.mimeType === "application/pdf";
  const stream = Readable.toWeb(createReadStream(full)) as ReadableStream;
  return new Response(stream, {
    headers: {
      "content-type": file.mimeType,
      "content-length": String(info.size),
      "content-disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      "cache-control": "private, max-age=3600",
    },
  });
}
