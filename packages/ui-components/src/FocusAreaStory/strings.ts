import type { Locale } from '@ljungby/focus-content';

// The story's own words, per locale.
interface StoryStrings {
  messages: string;
  facts: string;
  partners: string;
  /** Labels the municipality's wording, which is always quoted in its own Swedish. */
  official: string;
  /**
   * Labels the kit's translation of that wording, given outside the quotation marks. A Swedish
   * story quotes the wording itself and needs none (every visitor downloads every byte).
   */
  translation?: string;
}

export const strings: Record<Locale, StoryStrings> = {
  sv: {
    messages: 'Det viktigaste',
    facts: 'Fakta',
    partners: 'Partner',
    official: 'Kommunens formulering',
  },
  en: {
    messages: 'Key messages',
    facts: 'Facts',
    partners: 'Partners',
    official: "The municipality's wording",
    // one language: a Swedish story quotes the wording itself, so only English needs the label.
    translation: 'Our translation',
  },
};
