// Links between pages of the site. Pages render inside Storybook's preview iframe, so a link
// must target the top window and point at the manager (index.html) next to iframe.html. The
// path is relative, so the site works from any folder of any static host.

/** The href of a docs page or story of this site, by its Storybook id. */
export const sbHref = (kind: 'docs' | 'story', id: string) => `./index.html?path=/${kind}/${id}`;

/** Props for an <a> that opens a page of this site. */
export const sbLink = (kind: 'docs' | 'story', id: string) => ({
  href: sbHref(kind, id),
  target: '_top',
});

/** Ids of the pages that other pages link to, in one place. */
export const pages = {
  startSv: ['story', 'start--svenska'],
  startEn: ['story', 'start--english'],
  builder: ['story', 'badda-in--builder'],
  builderEn: ['story', 'badda-in--builder-english'],
  content: ['story', 'innehall--vision'],
  usage: ['story', 'riktlinjer--usage'],
  tone: ['story', 'riktlinjer--tone'],
  dosDonts: ['story', 'riktlinjer--dos-and-donts'],
  accessibility: ['story', 'riktlinjer--accessibility'],
  privacy: ['story', 'riktlinjer--privacy'],
  tokens: ['docs', 'tokens--introduktion'],
  colours: ['story', 'tokens--colours'],
  components: ['docs', 'komponenter-focusareacard--docs'],
} as const satisfies Record<string, readonly ['docs' | 'story', string]>;

export const pageLink = (page: keyof typeof pages) => {
  const [kind, id] = pages[page];
  return sbLink(kind, id);
};
