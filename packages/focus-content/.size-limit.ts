// Size budgets (gzip). One per locale file and per illustration, from the one list of ids and
// locales, so that a new focus area or language is budgeted without editing this file.
import { focusAreaIds, locales } from './src/ids.ts';

const file = (path: string, limit: string) => ({
  name: path,
  path: `dist/${path}`,
  limit,
  gzip: true,
  rolldown: false,
});

export default [
  {
    name: 'ids (the id and locale lists, no content)',
    path: 'dist/ids.js',
    import: '*',
    limit: '400 B',
    gzip: true,
  },
  // The embed fetches json/<locale>.json: it is most of what a visitor downloads.
  ...locales.map((locale) => file(`json/${locale}.json`, '6 kB')),
  file('json/illustrations.json', '1.5 kB'),
  ...focusAreaIds.map((id) => file(`illustrations/${id}.svg`, '2 kB')),
];
