// Storybook writes its two pages, index.html (the frame) and iframe.html (the preview), with
// lang="en" and the title "storybook - Storybook" / "Storybook"; its scripts correct both once
// they run (.storybook/manager.ts, preview.tsx). A screen reader, a search engine or a reader
// without JavaScript meets the files before that, so this sets the kit's language and name in
// the built files themselves. Run after `storybook build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kitLang, kitName } from '../src/shared/kit.ts';

const out = join(import.meta.dirname, '../storybook-static');

for (const file of ['index.html', 'iframe.html']) {
  const path = join(out, file);
  const html = readFileSync(path, 'utf8');
  const fixed = html
    .replace(/<html lang="[^"]*"/u, `<html lang="${kitLang}"`)
    .replace(/<title>[^<]*<\/title>/u, `<title>${kitName}</title>`);
  if (!fixed.includes(`<html lang="${kitLang}"`) || !fixed.includes(`<title>${kitName}</title>`))
    throw new Error(
      `scripts/static-html.ts: ${path} has no <html lang="…"> or <title> to set; expected Storybook's page template`,
    );
  writeFileSync(path, fixed);
}
