/** Drawings left as PNG files to look at after a test run (output/ is git-ignored). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import { repoPath } from '../support/paths.js';

export const ARTIFACTS = repoPath('output', 'test-artifacts');

/** Writes the SVG and a PNG of it (rsvg-convert, `width` pixels wide); returns the PNG's size. */
export function savePng(name: string, svg: string, width: number): { width: number; height: number } {
  mkdirSync(ARTIFACTS, { recursive: true });
  const svgPath = join(ARTIFACTS, `${name}.svg`);
  const pngPath = join(ARTIFACTS, `${name}.png`);
  writeFileSync(svgPath, svg);
  const run = spawnSync('rsvg-convert', ['-w', String(width), svgPath, '-o', pngPath], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const png = readFileSync(pngPath);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
