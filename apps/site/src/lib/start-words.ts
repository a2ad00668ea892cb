// The words of the start page, per language.
import type { Locale } from '@ljungby/focus-content';

/** The ways in, right under the introduction: each card's title and text. */
export type Way = 'embed' | 'material' | 'studio' | 'designers' | 'developers';

export const startWords = {
  sv: {
    description:
      'Ljungby kommuns berättarkit: texter, illustrationer, färger och en färdig inbäddning om kommunens fokusområden.',
    /** Followed by the licence's status (content/status). */
    lead: 'Berättarkit hjälper dig att berätta om Ljungby kommun och kommunens fokusområden. Här finns färdiga texter, illustrationer och färger. Här finns också en berättelse som du kan visa på din egen webbplats.',
    choose: 'Välj vad du vill göra',
    ways: {
      embed: {
        title: 'Bädda in berättelsen på din webbplats',
        text: 'Välj fokusområde och utseende, kopiera koden och klistra in den i WordPress, Sitevision, Wix, Squarespace eller vanlig HTML.',
      },
      material: {
        title: 'Texter och bilder att använda',
        text: 'Färdiga texter i tre längder och illustrationer att ladda ner, för webben, sociala medier och trycksaker.',
      },
      studio: {
        title: 'Gör eget material',
        text: 'En affisch eller en bild om det du själv gör, till exempel en sagokväll, i kitets färger och med dess illustrationer.',
      },
      designers: {
        title: 'För formgivare',
        text: 'Färger att kopiera, typsnitt, illustrationer som filer och vägen in i Figma steg för steg.',
      },
      developers: {
        title: 'För webbutvecklare',
        text: 'Komponenter för React och vanlig HTML, med kodexempel, i kitets Storybook.',
      },
    },
    takePart: 'Är du ett företag eller en förening som vill vara med? ',
    takePartLink: 'Så deltar du',
    areas: (count: string) => `${count} fokusområden`,
  },
  en: {
    description:
      "Ljungby kommun's story kit: texts, illustrations, colours and a ready embed about the municipality's focus areas.",
    lead: 'Berättarkit helps you tell the story of Ljungby kommun and its focus areas. It holds texts to use as they are, illustrations, colours and a story you can show on your own website.',
    choose: 'Choose what you want to do',
    ways: {
      embed: {
        title: 'Embed the story on your website',
        text: 'Choose a focus area and a look, copy the embed code and paste it into WordPress, Sitevision, Wix, Squarespace or plain HTML.',
      },
      material: {
        title: 'Texts and images to use',
        text: 'Ready-made texts in three lengths and illustrations to download, for the web, social media and print.',
      },
      studio: {
        title: 'Make your own material',
        text: "A poster or an image about what you do yourself, a storytelling evening for example, in the kit's colours and with its illustrations.",
      },
      designers: {
        title: 'For designers',
        text: 'Colours to copy, typefaces, illustrations as files and the way into Figma step by step.',
      },
      developers: {
        title: 'For web developers',
        text: "Components for React and plain HTML, with code examples, in the kit's Storybook.",
      },
    },
    takePart: 'A company or an association that wants to take part? ',
    takePartLink: 'How to take part',
    areas: (count: string) => `${count} focus areas`,
  },
} as const satisfies Record<
  Locale,
  { ways: Record<Way, { title: string; text: string }> } & Record<string, unknown>
>;
