// A TrueType font as its tables (the sfnt container, spec: OpenType "Font file"), each kept
// byte for byte unless the caller replaces it, and written back with its checksums.

/** The tables of a font by tag ('glyf', 'head', …), and its sfnt version (TrueType: 0x10000). */
export interface Sfnt {
  flavor: number;
  tables: Map<string, Uint8Array>;
}

export function readSfnt(bytes: Uint8Array): Sfnt {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, Uint8Array>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const entry = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(entry, entry + 4));
    const offset = view.getUint32(entry + 8);
    tables.set(tag, bytes.slice(offset, offset + view.getUint32(entry + 12)));
  }
  return { flavor: view.getUint32(0), tables };
}

/** The OpenType checksum: the table as big-endian 32-bit words, zero-padded, summed. */
export function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/**
 * The sfnt bytes of a font: tables in tag order, each on a 4-byte boundary with its checksum,
 * and head's checkSumAdjustment set so that the whole file sums to 0xB1B0AFBA.
 */
export function writeSfnt({ flavor, tables }: Sfnt): Uint8Array {
  const tags = [...tables.keys()].sort();
  const pad = (n: number) => Math.ceil(n / 4) * 4;
  const dataStart = 12 + tags.length * 16;
  const size = tags.reduce((total, tag) => total + pad(tables.get(tag)?.length ?? 0), dataStart);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  view.setUint32(0, flavor);
  view.setUint16(4, tags.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tags.length * 16 - power * 16);
  let offset = dataStart;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const data = Uint8Array.from(tables.get(tag) ?? []);
    if (tag === 'head') {
      // The adjustment is left out of head's own checksum (set to 0 before summing).
      new DataView(data.buffer).setUint32(8, 0);
      headOffset = offset;
    }
    const entry = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[entry + k] = tag.charCodeAt(k);
    view.setUint32(entry + 4, checksum(data));
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, data.length);
    out.set(data, offset);
    offset += pad(data.length);
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
