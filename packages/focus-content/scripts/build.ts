// Build step 1 of 2 (tsup is step 2): check content/** and write
//   generated/<locale>.json, generated/illustrations.json, generated/link-texts.json – bundled
//   by tsup into the JS API,
//   dist/json/<locale>.json, dist/json/illustrations.json, dist/json/schema.json,
//   dist/illustrations/<id>.svg.
// Usage: node scripts/build.ts [--root <dir with content/>] [--out <dir>]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { localeContentSchema, locales } from '../src/schema.ts';
import { checkClaims } from './lib/claims/check.ts';
import { ContentError, loadContent } from './lib/load.ts';
import { writeAreaFiles } from './area-files.ts';
import { focusAreaIds } from '../src/ids.ts';
import { linkTextOf } from '../src/locale-api.ts';

const packageDir = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { root: { type: 'string' }, out: { type: 'string' } },
});
const root = resolve(values.root ?? packageDir);
const out = resolve(values.out ?? packageDir);

let loaded;
try {
  loaded = loadContent(root);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`focus-content: the content has ${error.problems.length} problem(s):`);
    for (const problem of error.problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  throw error;
}
// Every number must be a fact's value and every name must be in the glossary.
const claimProblems = checkClaims(root);
if (claimProblems.length > 0) {
  console.error(`focus-content: the texts have ${claimProblems.length} unchecked claim(s):`);
  for (const problem of claimProblems) console.error(`  ${problem}`);
  process.exit(1);
}

const dist = join(out, 'dist');
const generated = join(out, 'generated');
rmSync(dist, { recursive: true, force: true });
rmSync(generated, { recursive: true, force: true });
for (const dir of [generated, join(dist, 'json'), join(dist, 'illustrations')]) {
  mkdirSync(dir, { recursive: true });
}

const schema = {
  $id: 'https://unpkg.com/@ljungby/focus-content/dist/json/schema.json',
  title: 'Berättarkit focus content (one locale)',
  description:
    'The content of @ljungby/focus-content in one locale: json/sv.json or json/en.json. Texts and illustrations CC BY 4.0, attribution "Ljungby kommun".',
  ...z.toJSONSchema(localeContentSchema, { target: 'draft-2020-12' }),
};
writeFileSync(join(dist, 'json', 'schema.json'), `${JSON.stringify(schema, null, 2)}\n`);

for (const locale of locales) {
  // Compact on purpose: the embed fetches this file and json/sv.json has a 6 kB gzip budget.
  const json = JSON.stringify(loaded.content[locale]);
  writeFileSync(join(dist, 'json', `${locale}.json`), json);
  writeFileSync(join(generated, `${locale}.json`), json);
  // Only the JS API reads the link words (getLinkText) and the status, so they stay out of the
  // fetched JSON.
  writeFileSync(
    join(generated, `${locale}.link-text.json`),
    JSON.stringify(loaded.linkTexts[locale]),
  );
  // So do the credit's words for reusing only the texts or only the illustrations.
  writeFileSync(
    join(generated, `${locale}.credit-prefixes.json`),
    JSON.stringify(loaded.creditPrefixes[locale]),
  );
}
// Every link's words, composed here (the /link-texts entry), so that code which only writes
// links bundles these few words instead of the content they are made from.
const linkTexts = Object.fromEntries(
  locales.map((locale) => [
    locale,
    Object.fromEntries(
      [...focusAreaIds, 'all' as const].map((area) => [
        area,
        linkTextOf(loaded.content[locale], loaded.linkTexts[locale], area),
      ]),
    ),
  ]),
);
writeFileSync(join(generated, 'link-texts.json'), JSON.stringify(linkTexts));
writeFileSync(join(generated, 'status.json'), JSON.stringify(loaded.status));
writeFileSync(join(generated, 'illustrations.json'), JSON.stringify(loaded.illustrations));
// The embed widget fetches the shapes once for every language, next to json/<locale>.json.
writeFileSync(join(dist, 'json', 'illustrations.json'), JSON.stringify(loaded.illustrations));
writeAreaFiles(join(dist, 'json'), loaded.content, loaded.illustrations);
for (const [areaId, svg] of Object.entries(loaded.svgs)) {
  writeFileSync(join(dist, 'illustrations', `${areaId}.svg`), svg);
}
console.log(
  `focus-content: content checked; wrote json (${locales.join(', ')}), schema and illustrations`,
);
