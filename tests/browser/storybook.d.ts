import type { Page } from 'playwright-core';

/** One entry of a built Storybook's index.json: a docs page or a story. */
export interface StorybookEntry {
  id: string;
  title: string;
  name: string;
  type: 'docs' | 'story';
  tags: string[];
}

/** The entries of a built Storybook; throws, naming the command, when it is not built. */
export declare function readStorybookEntries(folder: string): StorybookEntry[];

/**
 * Opens an entry in Storybook's preview iframe (`base` is the folder of the built Storybook, as
 * a URL ending in `/`) and waits until Storybook has rendered it or shown its error. Throws when
 * iframe.html does not answer 200.
 * @param globals Storybook's `globals` query value, e.g. `locale:en;colorScheme:dark`.
 */
export declare function openStorybookEntry(
  page: Page,
  base: string,
  entry: Pick<StorybookEntry, 'id' | 'type'>,
  globals?: string,
): Promise<{
  /** The URL it opened. */
  url: string;
  showsError: boolean;
}>;
