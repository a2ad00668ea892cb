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
    // 2 kB until the reservation became one file per area and layout: the API now carries ten
    // SRI hashes instead of three (about 45 incompressible bytes each), so that every partner
    // page downloads its own widget's rules (about 400 B) instead of every area's (about 1 kB).
    name: 'createSnippet API (without the content it names)',
    path: 'dist/index.js',
    import: '{ createSnippet }',
    ignore: ['@ljungby/focus-content'],
    limit: '2.4 kB',
    gzip: true,
  },
];
