// The licence of the texts and illustrations. One place, used by the API and by the build
// that writes it into each locale's JSON.

/** The exact attribution that CC BY 4.0 asks reusers of the texts and illustrations to give. */
export const attribution = 'Ljungby kommun';

export const license = {
  spdx: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * The credit line from the words of one locale's content (`collaboration` frontmatter) and the
 * licence's words from the kit's status: `Text och illustrationer: Ljungby kommun, föreslagen
 * licens CC BY 4.0` while the licence is a proposal, `…, CC BY 4.0` once it is decided.
 */
export const creditLine = (prefix: string, licenceLabel: string) =>
  `${prefix} ${attribution}, ${licenceLabel}`;
