/**
 * Exact sizes of code as shipped: minified bytes, gzip (level 9) and brotli (quality 11).
 * @internal
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The three sizes of one or more files, in bytes (summed: each file is fetched on its own). */
export interface CompressedSize {
  minified: number;
  gzip: number;
  brotli: number;
}

/** Sizes of `code`. */
export function compressedSize(code: Uint8Array): CompressedSize {
  return {
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).byteLength,
  };
}

/** Summed sizes of several files. */
export function totalSize(codes: readonly Uint8Array[]): CompressedSize {
  return codes.map(compressedSize).reduce(
    (total, size) => ({
      minified: total.minified + size.minified,
      gzip: total.gzip + size.gzip,
      brotli: total.brotli + size.brotli,
    }),
    { minified: 0, gzip: 0, brotli: 0 },
  );
}
