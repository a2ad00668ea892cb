// The licence of the texts and illustrations. One place, used by the API and by the build
// that writes it into each locale's JSON.

/** The exact attribution that CC BY 4.0 asks reusers of the texts and illustrations to give. */
export const attribution = 'Ljungby kommun';

export const license = {
  spdx: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The credit line from the words of one locale's content (`collaboration` frontmatter). */
export const creditLine = (prefix: string) => `${prefix} ${attribution}, ${license.name}`;
