// The font's names (the name table, format 0): read, renamed, written back. Spec: OpenType "name".

export interface NameRecord {
  platformID: number;
  encodingID: number;
  languageID: number;
  nameID: number;
  text: string;
}

/** Windows and Unicode names are UTF-16BE; Macintosh (Roman) names are read as Latin-1. */
const isUtf16 = (platformID: number) => platformID === 0 || platformID === 3;

export function readNames(table: Uint8Array): NameRecord[] {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  if (view.getUint16(0) !== 0)
    throw new Error(`name table format ${view.getUint16(0)}; expected 0`);
  const storage = view.getUint16(4);
  return Array.from({ length: view.getUint16(2) }, (_, i) => {
    const at = 6 + i * 12;
    const [platformID, encodingID, languageID, nameID, length, offset] = [0, 2, 4, 6, 8, 10].map(
      (k) => view.getUint16(at + k),
    ) as [number, number, number, number, number, number];
    const bytes = table.subarray(storage + offset, storage + offset + length);
    const text = isUtf16(platformID)
      ? String.fromCharCode(
          ...Array.from(
            { length: length / 2 },
            (_, k) => (bytes[k * 2] ?? 0) * 256 + (bytes[k * 2 + 1] ?? 0),
          ),
        )
      : String.fromCharCode(...bytes);
    return { platformID, encodingID, languageID, nameID, text };
  });
}

export function writeNames(records: readonly NameRecord[]): Uint8Array {
  const sorted = [...records].sort(
    (a, b) =>
      a.platformID - b.platformID ||
      a.encodingID - b.encodingID ||
      a.languageID - b.languageID ||
      a.nameID - b.nameID,
  );
  const strings = sorted.map(({ platformID, text }) => {
    if (isUtf16(platformID))
      return Uint8Array.from(
        text.split('').flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
      );
    if (/[^\x20-\x7e]/u.test(text)) throw new Error(`Macintosh name "${text}" is not ASCII`);
    return Uint8Array.from(text, (c) => c.charCodeAt(0));
  });
  const storage = 6 + sorted.length * 12;
  const table = new Uint8Array(storage + strings.reduce((n, s) => n + s.length, 0));
  const view = new DataView(table.buffer);
  view.setUint16(2, sorted.length);
  view.setUint16(4, storage);
  let offset = 0;
  sorted.forEach((record, i) => {
    const at = 6 + i * 12;
    const string = strings[i] ?? new Uint8Array();
    const fields = [record.platformID, record.encodingID, record.languageID, record.nameID];
    [...fields, string.length, offset].forEach((value, k) => {
      view.setUint16(at + k * 2, value);
    });
    table.set(string, storage + offset);
    offset += string.length;
  });
  return table;
}
