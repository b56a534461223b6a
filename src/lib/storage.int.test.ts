import { mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const PDF = new TextEncoder().encode("%PDF-1.7\n...");
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 3, 0, 0, 0]);

let storage: typeof import("./storage");
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "renew-uploads-"));
  process.env.UPLOAD_DIR = dir;
  // env() caches what it read when the database client started; read it afresh.
  vi.resetModules();
  storage = await import("./storage");
});

describe("saveUpload", () => {
  it("stores an image under a server-made name, typed by its bytes", async () => {
    const saved = await storage.saveUpload(new File([PNG], "../../etc/现场照片.png"), "image");
    expect(saved).toMatchObject({
      fileName: "现场照片.png",
      mimeType: "image/png",
      sizeBytes: PNG.length,
      image: true,
    });
    expect(saved.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.png$/);
    expect(new Uint8Array(await readFile(path.join(dir, saved.storageKey)))).toEqual(PNG);
    const response = await storage.uploadResponse(saved);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("refuses executables however they are named, and PDFs where only images are wanted", async () => {
    await expect(storage.saveUpload(new File([EXE], "photo.jpg"), "document")).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(storage.saveUpload(new File([PDF], "scan.pdf"), "image")).rejects.toThrow(/不支持该文件类型/);
    await expect(storage.saveUpload(new File([PDF], "scan.pdf"), "imageOrPdf")).resolves.toMatchObject({
      mimeType: "application/pdf",
    });
  });

  it("refuses empty and oversized files with the limit in the message", async () => {
    await expect(storage.saveUpload(new File([], "empty.png"), "image")).rejects.toThrow(/请选择/);
    const big = new Uint8Array(storage.UPLOAD_LIMITS.image + 1);
    big.set(PNG);
    await expect(storage.saveUpload(new File([big], "big.png"), "image")).rejects.toThrow(/上限为 10 MB/);
  });

  it("never resolves a key outside the upload directory", async () => {
    await expect(
      storage.uploadResponse({ storageKey: "../../etc/passwd", mimeType: "text/plain", fileName: "x" }),
    ).rejects.toThrow(/invalid storage key/);
  });
});

describe("removingUploadsOnFailure", () => {
  it("removes the files a failed unit of work stored, and keeps those of one that succeeded", async () => {
    const { existsSync } = await import("node:fs");
    let stored = "";
    await expect(
      storage.removingUploadsOnFailure(async () => {
        stored = (await storage.saveUpload(new File([PNG], "scan.png"), "image")).storageKey;
        expect(existsSync(path.join(dir, stored))).toBe(true);
        throw new Error("the transaction failed after the upload");
      }),
    ).rejects.toThrow("the transaction failed");
    expect(existsSync(path.join(dir, stored))).toBe(false);

    const kept = await storage.removingUploadsOnFailure(
      async () => (await storage.saveUpload(new File([PNG], "scan.png"), "image")).storageKey,
    );
    expect(existsSync(path.join(dir, kept))).toBe(true);
  });
});
