// Size budgets (gzip). The reservation stylesheets hold rules per language, so their budget is a
// share per language from the one locale list: a new language brings its share, and its rules
// must fit in it. A new focus area brings its own two files.
import { focusAreaIds, locales } from '@ljungby/focus-content/ids';

/** gzip bytes of one dist/reserve/<area>-<layout>.css per language, and for the shared rules. */
const reservePerLanguage = { one: 200, grid: 650 };
const reserveShared = 150;
const reserve = (file: string, perLanguage: number) => ({
  name: `dist/reserve/${file}.css (the size reservation its snippet links)`,
  path: `dist/reserve/${file}.css`,
  limit: `${reserveShared + perLanguage * locales.length} B`,
  gzip: true,
  rolldown: false,
});

export default [
  {
    name: 'dist/embed.js (the script, without its CSS)',
    path: 'dist/embed.js',
    limit: '5 kB',
    gzip: true,
    rolldown: false,
  },
  {
    name: 'dist/css/card.css (fetched by the script for every layout)',
    path: 'dist/css/card.css',
    limit: '1.6 kB',
    gzip: true,
    rolldown: false,
  },
  {
    name: 'dist/css/story.css (added for the story)',
    path: 'dist/css/story.css',
    limit: '1.25 kB',
    gzip: true,
    rolldown: false,
  },
  ...focusAreaIds.flatMap((area) => [
    reserve(`${area}-card`, reservePerLanguage.one),
    reserve(`${area}-story`, reservePerLanguage.one),
  ]),
  reserve('all-card', reservePerLanguage.grid),
  reserve('all-story', reservePerLanguage.one),
  {
    // The API's own code and data: the version, the script's hash and one SRI hash per
    // reservation stylesheet (ten, about 45 incompressible bytes each). The content it names,
    // the ids and the fallback link's words, comes from @ljungby/focus-content (/ids,
    // /link-texts) and is measured there.
    name: 'createSnippet API (without the content it names)',
    path: 'dist/index.js',
    import: '{ createSnippet }',
    ignore: ['@ljungby/focus-content'],
    limit: '2 kB',
    gzip: true,
  },
];
