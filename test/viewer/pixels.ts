/** Reading screenshots: decode a PNG and count the pixels near given colours. */
import { PNG } from 'pngjs';

export interface Picture {
  width: number;
  height: number;
  /** RGBA bytes, row by row. */
  data: Uint8Array;
}

export function decodePng(bytes: Uint8Array): Picture {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { width: png.width, height: png.height, data: png.data };
}

export function isPng(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 8)).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** How many pixels lie within `tolerance` (per channel) of `hex`. */
export function countNear(picture: Picture, hex: string, tolerance = 24): number {
  const [r, g, b] = rgb(hex);
  let count = 0;
  for (let i = 0; i < picture.data.length; i += 4) {
    if (
      Math.abs(picture.data[i]! - r) <= tolerance &&
      Math.abs(picture.data[i + 1]! - g) <= tolerance &&
      Math.abs(picture.data[i + 2]! - b) <= tolerance
    )
      count += 1;
  }
  return count;
}

/** Number of distinct colours (a blank picture has one). */
export function colourCount(picture: Picture): number {
  const seen = new Set<number>();
  for (let i = 0; i < picture.data.length; i += 4)
    seen.add((picture.data[i]! << 16) | (picture.data[i + 1]! << 8) | picture.data[i + 2]!);
  return seen.size;
}
