// What the site's tests check, said once. The accessibility statement renders this list, and
// test/statement.test.ts fails when a check names a test that does not exist, so the statement
// cannot claim more than the tests show. Each check points at one test by file and title.
import type { Locale } from '@ljungby/focus-content';

export interface AccessibilityCheck {
  /** A stable name, e.g. `axe`. */
  id: string;
  /** The test that shows it: its file from the repository root and the start of its title. */
  test: { file: string; title: string };
  /** The WCAG 2.2 success criteria it covers. */
  criteria: readonly string[];
  /** What it shows, in plain words. */
  text: Record<Locale, string>;
}

export const accessibilityChecks: readonly AccessibilityCheck[] = [
  {
    id: 'axe',
    test: { file: 'apps/site/test/pages.test.ts', title: 'passes axe at 320 and 1280 px' },
    criteria: ['1.1.1', '1.3.1', '1.4.3', '2.4.4', '4.1.2'],
    text: {
      sv: 'Varje sida kontrolleras med verktyget axe mot WCAG 2.2 nivå AA, i en mobils bredd (320 pixlar) och en datorskärms (1 280 pixlar), i ljust och mörkt läge.',
      en: 'Every page is checked with the axe tool against WCAG 2.2 level AA, at a phone’s width (320 pixels) and a computer screen’s (1,280 pixels), in light and dark mode.',
    },
  },
  {
    id: 'reflow',
    test: { file: 'apps/site/test/pages.test.ts', title: 'passes axe at 320 and 1280 px' },
    criteria: ['1.4.4', '1.4.10'],
    text: {
      sv: 'Ingen sida behöver rullas i sidled i 320 pixlars bredd eller när texten är förstorad till 200 %.',
      en: 'No page needs sideways scrolling 320 pixels wide or with the text zoomed to 200 %.',
    },
  },
  {
    id: 'language-and-title',
    test: { file: 'apps/site/test/pages.test.ts', title: 'gives every page the right lang' },
    criteria: ['2.4.2', '3.1.1'],
    text: {
      sv: 'Varje sida har rätt språk angivet och en egen sidtitel.',
      en: 'Every page has its language set and a title of its own.',
    },
  },
  {
    id: 'skip-link',
    test: {
      file: 'apps/site/test/site-header.test.ts',
      title: 'switches colours with its own select',
    },
    criteria: ['2.4.1'],
    text: {
      sv: 'Varje sida har en länk förbi menyn, direkt till innehållet.',
      en: 'Every page has a link past the menu, straight to the content.',
    },
  },
  {
    id: 'keyboard-builder',
    test: { file: 'apps/site/test/builder.test.ts', title: 'is reached and used by keyboard' },
    criteria: ['2.1.1', '2.4.3', '2.4.7'],
    text: {
      sv: 'Sidan där du bäddar in berättelsen går att använda med bara tangentbordet, och du ser var fokus är.',
      en: 'The page for embedding the story can be used with the keyboard alone, and you can see where the focus is.',
    },
  },
  {
    id: 'keyboard-material',
    test: { file: 'apps/site/test/media-kit.test.ts', title: 'is used by keyboard on a phone' },
    criteria: ['2.1.1', '2.4.7'],
    text: {
      sv: 'Sidorna med texter och bilder går att använda med tangentbordet i en mobils bredd, och du ser var fokus är.',
      en: 'The pages of texts and images can be used with the keyboard at a phone’s width, and you can see where the focus is.',
    },
  },
  {
    id: 'contrast-themes',
    test: { file: 'apps/site/test/contrast-themes.test.ts', title: 'keeps focus, borders' },
    criteria: ['1.4.11', '2.4.7'],
    text: {
      sv: 'Med kontrastteman i Windows (tvingade färger) syns fokus, kanter och valet av färger.',
      en: 'With Windows contrast themes (forced colours), the focus, borders and the colour choice stay visible.',
    },
  },
  {
    id: 'reduced-motion',
    test: { file: 'apps/site/test/contrast-themes.test.ts', title: 'keeps focus, borders' },
    criteria: ['2.3.3'],
    text: {
      sv: 'När du har valt minskad rörelse i din enhet rör sig ingenting på sidorna.',
      en: 'When you have chosen reduced motion on your device, nothing moves on the pages.',
    },
  },
  {
    id: 'embed-preview',
    test: {
      file: 'packages/embed-widget/test/host-pages.test.ts',
      title: 'renders, stays isolated',
    },
    criteria: ['1.3.1', '1.4.3', '4.1.2'],
    text: {
      sv: 'Inbäddningen, som du ser som förhandsvisning när du bäddar in berättelsen, kontrolleras med axe i ljust och mörkt läge och på testsidor som liknar partnernas webbplatser.',
      en: 'The embed, which you see as a preview when you embed the story, is checked with axe in light and dark mode and on test pages like the partners’ websites.',
    },
  },
  {
    id: 'storybook-docs',
    test: { file: 'apps/storybook/test/docs-axe.test.ts', title: 'every docs page passes axe' },
    criteria: ['1.3.1', '1.4.3', '4.1.2'],
    text: {
      sv: 'Sidorna för webbutvecklare (Storybook) kontrolleras med axe i ljust och mörkt läge, både exemplen och sidorna runt dem.',
      en: 'The pages for web developers (Storybook) are checked with axe in light and dark mode, the examples and the pages around them.',
    },
  },
  {
    id: 'tagged-posters',
    test: { file: 'packages/media-kit/test/poster-tags.test.ts', title: '02, 09, 14: a tree' },
    criteria: ['1.1.1', '1.3.1', '1.3.2'],
    text: {
      sv: 'Affischerna (PDF) är taggade för skärmläsare: rubrik, stycken, bild med alt-text, länk och källor i läsordning, och språk och titel angivna.',
      en: 'The posters (PDF) are tagged for screen readers: heading, paragraphs, picture with alt text, link and sources in reading order, with language and title set.',
    },
  },
  {
    id: 'described-files',
    test: { file: 'apps/site/test/downloads.test.ts', title: 'all carry role="img"' },
    criteria: ['1.1.1'],
    text: {
      sv: 'Varje SVG-fil att ladda ner har en titel, en beskrivning och ett språk.',
      en: 'Every SVG file to download has a title, a description and a language.',
    },
  },
];
