/** The kit's name, on Storybook's tabs and in its built HTML. */
export const kitName = 'Berättarkit';
/** The language of Storybook's frame and of its first page (Kom igång). */
export const kitLang = 'sv';
