// Every entry point from ESM: JS entries are imported, file entries resolved.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const entries = createRequire(import.meta.url)('./entries.cjs');
const result = {};
for (const { specifier, code } of entries) {
  if (code) {
    const mod = await import(specifier);
    result[specifier] = Object.keys(mod).sort();
  } else {
    const file = fileURLToPath(import.meta.resolve(specifier));
    if (!existsSync(file)) throw new Error(`${specifier} resolves to a missing file`);
    result[specifier] = 'file';
  }
}
console.log(JSON.stringify(result));
