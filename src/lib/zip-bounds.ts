// Bounds on a ZIP container (an .xlsx is one) checked before any parser sees it, so a "zip bomb"
// — a small upload that inflates to gigabytes — is refused after reading its directory and
// inflating at most the allowed number of bytes.
import { inflateRawSync } from "node:zlib";

export type ZipLimits = { maxEntries: number; maxUncompressedBytes: number };

export class ZipLimitError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/**
 * Reads the central directory, refuses too many entries or too many declared bytes, then inflates
 * every entry with a hard output cap (its declared size), so a lying directory cannot slip past.
 */
export function assertZipWithinLimits(bytes: Buffer, limits: ZipLimits): void {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw new ZipLimitError("not a zip file");
  const entries = bytes.readUInt16LE(eocd + 10);
  const directorySize = bytes.readUInt32LE(eocd + 12);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (entries > limits.maxEntries) throw new ZipLimitError(`${entries} entries`);
  if (directoryOffset + directorySize > bytes.length) throw new ZipLimitError("truncated");
  let offset = directoryOffset;
  let declared = 0;
  for (let i = 0; i < entries; i++) {
    if (bytes.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw new ZipLimitError("bad central directory");
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const uncompressedSize = bytes.readUInt32LE(offset + 24);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const localOffset = bytes.readUInt32LE(offset + 42);
    declared += uncompressedSize;
    if (declared > limits.maxUncompressedBytes)
      throw new ZipLimitError(`more than ${limits.maxUncompressedBytes} bytes uncompressed`);
    if (method === 8 && compressedSize > 0) inflateCapped(bytes, localOffset, compressedSize, uncompressedSize);
    else if (method !== 0 && method !== 8) throw new ZipLimitError(`compression method ${method}`);
    offset += 46 + nameLength + extraLength + commentLength;
  }
}

function inflateCapped(bytes: Buffer, localOffset: number, compressedSize: number, declaredSize: number): void {
  if (bytes.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) throw new ZipLimitError("bad local header");
  const start = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
  const data = bytes.subarray(start, start + compressedSize);
  try {
    // maxOutputLength makes zlib stop (and throw) instead of producing more than was declared.
    inflateRawSync(data, { maxOutputLength: Math.max(declaredSize, 1) });
  } catch {
    throw new ZipLimitError("entry inflates beyond its declared size or is corrupt");
  }
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}
