/**
 * Generated cover images for the demo articles: a calm abstract picture (soft gradients, no
 * text, no fonts, nothing downloaded) drawn as SVG from a few parameters and turned into a JPEG
 * with sharp. The same options always give the same picture; `seedText` (e.g. the article slug)
 * varies the details between articles that share a hue and motif.
 */
import sharp from 'sharp';

import type { CoverMotif } from './article-file';

export type { CoverMotif } from './article-file';

export interface CoverOptions {
  /** Main hue in degrees (any number; taken modulo 360). */
  hue: number;
  motif: CoverMotif;
  /** Pixels; default 1600. */
  width?: number;
  /** Pixels; default 900. */
  height?: number;
  /** Varies the details deterministically, e.g. the article's slug. */
  seedText: string;
}

const MOTIFS: readonly CoverMotif[] = ['waves', 'circles', 'hills', 'leaves'];
const MIN_SIZE = 16;
const MAX_SIZE = 4096;

/** FNV-1a, 32 bits: a stable number from a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small deterministic generator of numbers in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** HSL (degrees, percent, percent) to #rrggbb, so the SVG needs no CSS colour parsing. */
function hsl(h: number, s: number, l: number): string {
  const hue = ((h % 360) + 360) % 360;
  const sat = Math.min(Math.max(s, 0), 100) / 100;
  const lig = Math.min(Math.max(l, 0), 100) / 100;
  const k = (n: number): number => (n + hue / 30) % 12;
  const a = sat * Math.min(lig, 1 - lig);
  const channel = (n: number): string => {
    const v = lig - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

const fmt = (n: number): string => (Math.round(n * 10) / 10).toString();

interface Canvas {
  w: number;
  h: number;
  hue: number;
  rnd: () => number;
}

function between(rnd: () => number, min: number, max: number): number {
  return min + (max - min) * rnd();
}

/** Layered soft waves, darker towards the bottom. */
function waves({ w, h, hue, rnd }: Canvas): string {
  const layers: string[] = [];
  const count = 5;
  for (let i = 0; i < count; i += 1) {
    const baseY = h * (0.42 + i * 0.12);
    const amp = h * between(rnd, 0.03, 0.08);
    const phase = between(rnd, 0, Math.PI * 2);
    const cycles = between(rnd, 0.8, 1.8);
    const steps = 8;
    let d = `M0 ${fmt(baseY)}`;
    for (let s = 1; s <= steps; s += 1) {
      const x0 = (w * (s - 1)) / steps;
      const x1 = (w * s) / steps;
      const y = (x: number): number => baseY + amp * Math.sin(phase + (x / w) * cycles * Math.PI * 2);
      const cx = (x0 + x1) / 2;
      d += ` Q${fmt(cx)} ${fmt(2 * y(cx) - (y(x0) + y(x1)) / 2)} ${fmt(x1)} ${fmt(y(x1))}`;
    }
    d += ` L${w} ${h} L0 ${h} Z`;
    const colour = hsl(hue + (i - 2) * 6, 28 + i * 3, 78 - i * 9);
    layers.push(`<path d="${d}" fill="${colour}" fill-opacity="${fmt(0.55 + i * 0.09)}"/>`);
  }
  return layers.join('');
}

/** Large overlapping circles with soft radial fades. */
function circles({ w, h, hue, rnd }: Canvas): string {
  const defs: string[] = [];
  const shapes: string[] = [];
  const count = 7;
  for (let i = 0; i < count; i += 1) {
    const id = `c${i}`;
    const colour = hsl(hue + between(rnd, -25, 25), between(rnd, 25, 45), between(rnd, 55, 78));
    defs.push(
      `<radialGradient id="${id}"><stop offset="0" stop-color="${colour}" stop-opacity="0.85"/>`
      + `<stop offset="1" stop-color="${colour}" stop-opacity="0"/></radialGradient>`,
    );
    const r = Math.min(w, h) * between(rnd, 0.25, 0.6);
    shapes.push(
      `<circle cx="${fmt(between(rnd, 0, w))}" cy="${fmt(between(rnd, 0, h))}" r="${fmt(r)}" fill="url(#${id})"/>`,
    );
  }
  return `<defs>${defs.join('')}</defs>${shapes.join('')}`;
}

/** A smooth path through the points (Catmull-Rom turned into cubic Béziers). */
function smoothThrough(points: Array<[number, number]>): string {
  const at = (i: number): [number, number] =>
    points[Math.min(Math.max(i, 0), points.length - 1)] ?? [0, 0];
  const [x0, y0] = at(0);
  let d = `M${fmt(x0)} ${fmt(y0)}`;
  for (let i = 0; i < points.length - 1; i += 1) {
    const [ax, ay] = at(i - 1);
    const [bx, by] = at(i);
    const [cx, cy] = at(i + 1);
    const [ex, ey] = at(i + 2);
    d
      += ` C${fmt(bx + (cx - ax) / 6)} ${fmt(by + (cy - ay) / 6)}`
        + ` ${fmt(cx - (ex - bx) / 6)} ${fmt(cy - (ey - by) / 6)} ${fmt(cx)} ${fmt(cy)}`;
  }
  return d;
}

/** Rolling hills under a low, hazy sun. */
function hills({ w, h, hue, rnd }: Canvas): string {
  const sunX = w * between(rnd, 0.2, 0.8);
  const sunY = h * between(rnd, 0.22, 0.38);
  const sunColour = hsl(hue + 40, 70, 94);
  const parts = [
    `<defs><radialGradient id="sun"><stop offset="0" stop-color="${sunColour}" stop-opacity="1"/>`
    + `<stop offset="0.35" stop-color="${sunColour}" stop-opacity="0.7"/>`
    + `<stop offset="1" stop-color="${sunColour}" stop-opacity="0"/></radialGradient></defs>`,
    `<circle cx="${fmt(sunX)}" cy="${fmt(sunY)}" r="${fmt(h * 0.3)}" fill="url(#sun)"/>`,
  ];
  const count = 4;
  for (let i = 0; i < count; i += 1) {
    const baseY = h * (0.52 + i * 0.13);
    const points: Array<[number, number]> = [];
    const steps = 4 + Math.floor(rnd() * 3);
    for (let p = 0; p <= steps; p += 1) {
      const x = -0.1 * w + (1.2 * w * p) / steps;
      const lift = p % 2 === 0 ? between(rnd, 0.02, 0.07) : between(rnd, 0.1, 0.2);
      points.push([x, baseY - h * lift * (1 - i * 0.12)]);
    }
    const d = `${smoothThrough(points)} L${fmt(1.1 * w)} ${h} L${fmt(-0.1 * w)} ${h} Z`;
    parts.push(`<path d="${d}" fill="${hsl(hue + i * 5, 24 + i * 4, 72 - i * 11)}"/>`);
  }
  return parts.join('');
}

/** Scattered, softly tinted leaves. */
function leaves({ w, h, hue, rnd }: Canvas): string {
  const shapes: string[] = [];
  const count = 14;
  const unit = Math.min(w, h);
  for (let i = 0; i < count; i += 1) {
    const len = unit * between(rnd, 0.18, 0.34);
    const wid = len * between(rnd, 0.32, 0.45);
    const x = between(rnd, -0.05, 1.05) * w;
    const y = between(rnd, -0.05, 1.05) * h;
    const angle = between(rnd, 0, 360);
    const colour = hsl(hue + between(rnd, -20, 20), between(rnd, 22, 40), between(rnd, 48, 72));
    const vein = hsl(hue, 20, 88);
    const leaf
      = `M0 0 C${fmt(wid * 1.1)} ${fmt(-len * 0.25)} ${fmt(wid * 0.55)} ${fmt(-len * 0.8)} 0 ${fmt(-len)} `
        + `C${fmt(-wid * 0.55)} ${fmt(-len * 0.8)} ${fmt(-wid * 1.1)} ${fmt(-len * 0.25)} 0 0 Z`;
    shapes.push(
      `<g transform="translate(${fmt(x)} ${fmt(y)}) rotate(${fmt(angle)})" opacity="${fmt(between(rnd, 0.55, 0.9))}">`
      + `<path d="${leaf}" fill="${colour}"/>`
      + `<path d="M0 ${fmt(-len * 0.05)} L0 ${fmt(-len * 0.92)}" stroke="${vein}" stroke-width="${fmt(unit * 0.004)}" stroke-opacity="0.6" fill="none"/>`
      + `</g>`,
    );
  }
  return shapes.join('');
}

const DRAW: Record<CoverMotif, (canvas: Canvas) => string> = { waves, circles, hills, leaves };

function checkSize(name: string, value: number): number {
  if (!Number.isInteger(value) || value < MIN_SIZE || value > MAX_SIZE) {
    throw new RangeError(`renderCover: ${name} must be a whole number from ${MIN_SIZE} to ${MAX_SIZE}`);
  }
  return value;
}

/** The SVG source of a cover (exported for tests and previews). */
export function coverSvg(options: CoverOptions): string {
  const { motif, seedText } = options;
  if (!Number.isFinite(options.hue)) throw new RangeError('renderCover: hue must be a number');
  if (!MOTIFS.includes(motif)) {
    throw new RangeError(`renderCover: motif must be one of ${MOTIFS.join(', ')}`);
  }
  const w = checkSize('width', options.width ?? 1600);
  const h = checkSize('height', options.height ?? 900);
  const hue = ((options.hue % 360) + 360) % 360;
  const rnd = random(hash(`${motif}|${fmt(hue)}|${seedText}`));

  const angle = fmt(between(rnd, 0, 360));
  const background
    = `<defs><linearGradient id="bg" gradientTransform="rotate(${angle} 0.5 0.5)">`
      + `<stop offset="0" stop-color="${hsl(hue - 12, 38, 93)}"/>`
      + `<stop offset="1" stop-color="${hsl(hue + 18, 32, 82)}"/>`
      + `</linearGradient>`
      + `<linearGradient id="veil" x1="0" y1="0" x2="0" y2="1">`
      + `<stop offset="0" stop-color="#ffffff" stop-opacity="0.25"/>`
      + `<stop offset="1" stop-color="#ffffff" stop-opacity="0"/>`
      + `</linearGradient></defs>`
      + `<rect width="${w}" height="${h}" fill="url(#bg)"/>`;

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`
    + background
    + DRAW[motif]({ w, h, hue, rnd })
    + `<rect width="${w}" height="${h}" fill="url(#veil)"/>`
    + `</svg>`
  );
}

/**
 * Renders a cover as a JPEG (default 1600×900).
 *
 * @throws RangeError for an unknown motif, a non-numeric hue or a size outside 16–4096 px.
 */
export async function renderCover(options: CoverOptions): Promise<Buffer> {
  const svg = coverSvg(options);
  return sharp(Buffer.from(svg), { density: 72 })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 84, mozjpeg: true })
    .toBuffer();
}
