// Size budgets (gzip). One per locale file and per illustration, from the one list of ids and
// locales, so that a new focus area or language is budgeted without editing this file.
import { focusAreaIds, locales } from './src/ids.ts';

/** gzip bytes of json/<locale>.json for one focus area's texts, and for the rest. */
const perAreaShare = 1250;
const sharedShare = 1000;

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
  {
    // About 30 B gzip for each link's words: a new area or language brings its share.
    name: 'link-texts (the words of each link to an area, no other content)',
    path: 'dist/link-texts.js',
    import: '*',
    limit: `${40 * (focusAreaIds.length + 1) * locales.length} B`,
    gzip: true,
  },
  // Embeds pasted from 0.1 fetch all of json/<locale>.json, so it stays small: a share for each
  // focus area's texts and one for the vision, the collaboration and the partners (6 kB for
  // four areas; a new area brings its own share, and its texts must fit in it).
  ...locales.map((locale) =>
    file(`json/${locale}.json`, `${perAreaShare * focusAreaIds.length + sharedShare} B`),
  ),
  file('json/illustrations.json', '1.5 kB'),
  ...focusAreaIds.map((id) => file(`illustrations/${id}.svg`, '2 kB')),
];
