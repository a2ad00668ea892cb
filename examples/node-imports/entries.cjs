// Lists every subpath a package exports, read from its own package.json, so that a new entry
// point is covered without editing this example.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const names = [
  '@ljungby/design-tokens',
  '@ljungby/focus-content',
  '@ljungby/ui-components',
  '@ljungby/embed-widget',
];

module.exports = names.flatMap((name) => {
  const manifest = JSON.parse(
    readFileSync(join(__dirname, 'node_modules', name, 'package.json'), 'utf8'),
  );
  return Object.entries(manifest.exports)
    .filter(([subpath]) => !subpath.includes('*'))
    .map(([subpath, target]) => ({
      specifier: subpath === '.' ? name : `${name}/${subpath.slice(2)}`,
      // JS entries have import/require conditions; CSS, JSON and SVG entries are plain files.
      code: typeof target === 'object',
    }));
});
