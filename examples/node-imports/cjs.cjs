// Every entry point from CommonJS: JS entries are required, file entries resolved.
const { existsSync } = require('node:fs');

const entries = require('./entries.cjs');
const result = {};
for (const { specifier, code } of entries) {
  if (code) {
    result[specifier] = Object.keys(require(specifier)).sort();
  } else {
    const file = require.resolve(specifier);
    if (!existsSync(file)) throw new Error(`${specifier} resolves to a missing file`);
    result[specifier] = 'file';
  }
}
console.log(JSON.stringify(result));
