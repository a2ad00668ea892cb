// The WOFF container (version 1: each table zlib-deflated on its own, spec: W3C WOFF 1.0). A
// table that the derivation does not change is written back exactly as the original file
// stored it, deflated bytes and all, and a changed one is deflated with Zopfli, as @fontsource
// deflates its files: the derived font then weighs what the original weighs, give or take the
// bytes it changed, which matters because the Node bundle inlines it within a 45 kB budget.
// (fonteditor-core and ttf2woff read and write WOFF too, but deflate every table anew with
// zlib: 2 % larger, about 350 bytes a file.)
import { inflateSync } from 'node:zlib';
import { zlibAsync } from '@gfx/zopfli';
import { checksum, readSfnt, writeSfnt } from './sfnt.ts';

/** A table as a WOFF file holds it: its bytes, and what the file stores (deflated or not). */
export interface WoffTable {
  data: Uint8Array;
  stored: Uint8Array;
}
export interface Woff {
  /** The sfnt version of the font inside (TrueType: 0x10000). */
  flavor: number;
  /** The font's version, major and minor, as the WOFF header repeats it. */
  version: [number, number];
  tables: Map<string, WoffTable>;
}

const signature = 0x774f4646; // 'wOFF'
const headerSize = 44;
const entrySize = 20;

export function readWoff(bytes: Uint8Array): Woff {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0) !== signature) throw new Error('not a WOFF file (WOFF2 is not read)');
  if (view.getUint32(28) || view.getUint32(40))
    throw new Error('WOFF metadata and private data are not carried over');
  const tables = new Map<string, WoffTable>();
  for (let i = 0; i < view.getUint16(12); i++) {
    const at = headerSize + i * entrySize;
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    const [offset, storedLength, length] = [4, 8, 12].map((k) => view.getUint32(at + k)) as [
      number,
      number,
      number,
    ];
    const stored = bytes.slice(offset, offset + storedLength);
    tables.set(tag, { stored, data: storedLength < length ? inflateSync(stored) : stored });
  }
  return { flavor: view.getUint32(4), version: [view.getUint16(20), view.getUint16(22)], tables };
}

const equal = (a: Uint8Array, b?: Uint8Array) =>
  b !== undefined && a.length === b.length && a.every((byte, i) => byte === b[i]);

/**
 * A WOFF file of `tables`. A table whose bytes equal the `original`'s is stored as the original
 * stored it; any other is deflated, or stored as it is where deflating would not make it smaller.
 */
export async function writeWoff(
  { flavor, version }: Pick<Woff, 'flavor' | 'version'>,
  tables: ReadonlyMap<string, Uint8Array>,
  original: ReadonlyMap<string, WoffTable> = new Map(),
): Promise<Uint8Array> {
  // The sfnt this WOFF unpacks to: it sets head's checkSumAdjustment, and its size is declared.
  const sfnt = writeSfnt({ flavor, tables: new Map(tables) });
  const final = readSfnt(sfnt).tables;
  const tags = [...final.keys()].sort();
  const entries = await Promise.all(
    tags.map(async (tag) => {
      const data = final.get(tag) ?? new Uint8Array();
      const previous = original.get(tag);
      if (previous && equal(data, previous.data)) return { tag, data, stored: previous.stored };
      const deflated = await zlibAsync(data, { numiterations: 15 });
      return { tag, data, stored: deflated.length < data.length ? deflated : data };
    }),
  );
  const pad = (n: number) => Math.ceil(n / 4) * 4;
  const dataStart = headerSize + tags.length * entrySize;
  const size = entries.reduce((total, e) => total + pad(e.stored.length), dataStart);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, signature);
  view.setUint32(4, flavor);
  view.setUint32(8, size);
  view.setUint16(12, tags.length);
  view.setUint32(16, sfnt.length);
  view.setUint16(20, version[0]);
  view.setUint16(22, version[1]);
  let offset = dataStart;
  entries.forEach(({ tag, data, stored }, i) => {
    const at = headerSize + i * entrySize;
    for (let k = 0; k < 4; k++) out[at + k] = tag.charCodeAt(k);
    // head's checksum is taken with its checkSumAdjustment at 0.
    const summed = tag === 'head' ? Uint8Array.from(data).fill(0, 8, 12) : data;
    [offset, stored.length, data.length, checksum(summed)].forEach((value, k) => {
      view.setUint32(at + 4 + k * 4, value);
    });
    out.set(stored, offset);
    offset += pad(stored.length);
  });
  return out;
}
