/**
 * Encodes an opaque RGBA raster as an RGB PNG with Node's own zlib.
 * resvg's asPng() spends about 9 ms of a card's 20 on its encoder (it keeps
 * the alpha channel and compresses harder); cards are opaque and mostly flat
 * colour, so dropping alpha, no row filter and zlib level 3 take about 4 ms and
 * give smaller files. A PNG is four chunks: signature, IHDR, IDAT, IEND.
 */
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * @param rgba width × height pixels, 4 bytes each; alpha is dropped, so the image must be opaque.
 * @example encodePng(new Uint8Array([255, 0, 0, 255]), 1, 1) // a 1×1 red PNG
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: ${rgba.length} bytes for ${width}×${height} RGBA`);
  const stride = width * 3 + 1;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0, i = 0; y < height; y++) {
    let o = y * stride + 1; // the row's first byte stays 0: filter type None
    for (let x = 0; x < width; x++, i += 4, o += 3) {
      rows[o] = rgba[i]!;
      rows[o + 1] = rgba[i + 1]!;
      rows[o + 2] = rgba[i + 2]!;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit truecolour (RGB), deflate, no interlace
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(rows, { level: 3 })), chunk('IEND', Buffer.alloc(0))]);
}
