import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";

/** An RGB picture, 3 bytes a pixel, row by row. */
export interface Rgb {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** A file of test/fixtures. */
export const fixturePath = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Reads an 8-bit RGB, non-interlaced PNG (what the fixtures are), undoing each row's filter. */
export function readPng(path: string): Rgb {
  const file = readFileSync(path);
  const width = file.readUInt32BE(16);
  const height = file.readUInt32BE(20);
  if (file[24] !== 8 || file[25] !== 2 || file[28] !== 0)
    throw new Error(`${path}: only 8-bit RGB non-interlaced PNGs are read here`);
  const parts: Buffer[] = [];
  for (let at = 8; at < file.length; ) {
    const length = file.readUInt32BE(at);
    if (file.toString("latin1", at + 4, at + 8) === "IDAT")
      parts.push(file.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(parts));
  const stride = width * 3;
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= 3 ? (data[y * stride + x - 3] ?? 0) : 0;
      const b = y > 0 ? (data[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= 3 && y > 0 ? (data[(y - 1) * stride + x - 3] ?? 0) : 0;
      const add = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter ?? 0] ?? 0;
      data[y * stride + x] = (v + add) & 255;
    }
  }
  return { width, height, data };
}

/** A similarity: scale, turn (degrees, clockwise on screen), shift in pixels. */
export interface Warp {
  readonly scale: number;
  readonly degrees: number;
  readonly tx: number;
  readonly ty: number;
}

/**
 * The picture moved by a similarity about its centre and then shifted, sampled bilinearly into a
 * canvas of `size` (grey where nothing falls): a known warp for the alignment tests.
 */
export function warp(img: Rgb, w: Warp, size = { width: img.width, height: img.height }): Rgb {
  const data = new Uint8Array(size.width * size.height * 3).fill(128);
  const a = (w.degrees * Math.PI) / 180;
  const cos = Math.cos(a) / w.scale;
  const sin = Math.sin(a) / w.scale;
  const cx = img.width / 2;
  const cy = img.height / 2;
  const ox = size.width / 2 + w.tx;
  const oy = size.height / 2 + w.ty;
  for (let y = 0; y < size.height; y++)
    for (let x = 0; x < size.width; x++) {
      // Inverse map: output pixel → source pixel.
      const dx = x - ox;
      const dy = y - oy;
      const sx = cos * dx + sin * dy + cx;
      const sy = -sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= img.width || y0 + 1 >= img.height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      for (let c = 0; c < 3; c++) {
        const p = (xx: number, yy: number) => img.data[(yy * img.width + xx) * 3 + c] ?? 0;
        const top = p(x0, y0) * (1 - fx) + p(x0 + 1, y0) * fx;
        const bottom = p(x0, y0 + 1) * (1 - fx) + p(x0 + 1, y0 + 1) * fx;
        data[(y * size.width + x) * 3 + c] = Math.round(top * (1 - fy) + bottom * fy);
      }
    }
  return { width: size.width, height: size.height, data };
}

/** Where a point of the original lands under {@link warp}. */
export function warpPoint(img: Rgb, w: Warp, p: { x: number; y: number }, size = img) {
  const a = (w.degrees * Math.PI) / 180;
  const dx = p.x - img.width / 2;
  const dy = p.y - img.height / 2;
  return {
    x: w.scale * (Math.cos(a) * dx - Math.sin(a) * dy) + size.width / 2 + w.tx,
    y: w.scale * (Math.sin(a) * dx + Math.cos(a) * dy) + size.height / 2 + w.ty,
  };
}

/** An uncompressed 24-bit BMP, which every browser decodes. */
export function toBmp(img: Rgb): Buffer {
  const row = Math.ceil((img.width * 3) / 4) * 4;
  const out = Buffer.alloc(54 + row * img.height);
  out.write("BM", 0, "latin1");
  out.writeUInt32LE(out.length, 2);
  out.writeUInt32LE(54, 10);
  out.writeUInt32LE(40, 14);
  out.writeInt32LE(img.width, 18);
  out.writeInt32LE(-img.height, 22); // top-down rows
  out.writeUInt16LE(1, 26);
  out.writeUInt16LE(24, 28);
  out.writeUInt32LE(row * img.height, 34);
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 3;
      const o = 54 + y * row + x * 3;
      out[o] = img.data[i + 2] ?? 0;
      out[o + 1] = img.data[i + 1] ?? 0;
      out[o + 2] = img.data[i] ?? 0;
    }
  return out;
}

/** One picture as a 4:2:0 YUV frame of a YUV4MPEG2 video. */
function yuvFrame(img: Rgb): Buffer {
  const { width, height } = img;
  if (width % 2 || height % 2) throw new Error("a 4:2:0 video needs even sides");
  const ys = Buffer.alloc(width * height);
  const us = Buffer.alloc((width / 2) * (height / 2));
  const vs = Buffer.alloc((width / 2) * (height / 2));
  const px = (x: number, y: number, c: number) => img.data[(y * width + x) * 3 + c] ?? 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const [r, g, b] = [px(x, y, 0), px(x, y, 1), px(x, y, 2)];
      ys[y * width + x] = Math.round(16 + 0.257 * r + 0.504 * g + 0.098 * b);
    }
  for (let y = 0; y < height; y += 2)
    for (let x = 0; x < width; x += 2) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const) {
        r += px(x + dx, y + dy, 0) / 4;
        g += px(x + dx, y + dy, 1) / 4;
        b += px(x + dx, y + dy, 2) / 4;
      }
      const i = (y / 2) * (width / 2) + x / 2;
      us[i] = Math.round(128 - 0.148 * r - 0.291 * g + 0.439 * b);
      vs[i] = Math.round(128 + 0.439 * r - 0.368 * g - 0.071 * b);
    }
  return Buffer.concat([Buffer.from("FRAME\n", "latin1"), ys, us, vs]);
}

/**
 * A YUV4MPEG2 video (4:2:0, 30 frames a second) of the pictures one after the other, for
 * Chromium's fake camera (`--use-file-for-fake-video-capture`), which loops it.
 */
export function toY4mFrames(imgs: readonly Rgb[]): Buffer {
  const first = imgs[0];
  if (!first) throw new Error("a video needs a frame");
  const { width, height } = first;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`, "latin1");
  return Buffer.concat([header, ...imgs.map(yuvFrame)]);
}

/** A video of `frames` copies of the picture: a still camera. */
export function toY4m(img: Rgb, frames = 2): Buffer {
  return toY4mFrames(Array.from({ length: frames }, () => img));
}

/**
 * A second of the picture swaying a little (a few pixels and a degree or two, as a head held in
 * front of a phone does), so every frame differs and no landmark model can reuse its last answer.
 */
export function swayingY4m(img: Rgb, frames = 30): Buffer {
  return toY4mFrames(
    Array.from({ length: frames }, (_, k) => {
      const a = (2 * Math.PI * k) / frames;
      return warp(img, {
        scale: 1,
        degrees: 1.5 * Math.sin(a),
        tx: 5 * Math.sin(a),
        ty: 3 * Math.cos(a),
      });
    }),
  );
}
