// Size budgets (gzip). The reservation stylesheets hold rules per area and language, so their
// budget is a share per area (and one for the grid) from the one id list: a new focus area brings
// its share, and its rules must fit in it.
import { focusAreaIds } from '@ljungby/focus-content/ids';

/** gzip bytes of dist/reserve/story.css per area or grid, and for the shared rules. */
const reservePerArea = 250;
const reserveShared = 150;

export default [
  {
    name: 'dist/embed.js (the script, without its CSS)',
    path: 'dist/embed.js',
    // 5 kB until the content check learnt presence (every field a card or a story needs, from
    // @ljungby/focus-content/area-fields): about 150 B more, so that a file missing a field
    // leaves that area out and says so, instead of breaking the whole embed.
    limit: '5.15 kB',
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
  {
    // story.css is the largest of the three.
    name: 'dist/reserve/*.css (the size reservation a snippet links, each)',
    path: 'dist/reserve/story.css',
    limit: `${reservePerArea * (focusAreaIds.length + 1) + reserveShared} B`,
    gzip: true,
    rolldown: false,
  },
  {
    name: 'createSnippet API (without the content it names)',
    path: 'dist/index.js',
    import: '{ createSnippet }',
    ignore: ['@ljungby/focus-content'],
    limit: '2 kB',
    gzip: true,
  },
];
