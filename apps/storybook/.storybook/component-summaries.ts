/**
 * A Swedish summary of each component page (the pages themselves are in English: the JSDoc and
 * the props table come from the code). Keyed by the component's name.
 */
export const componentSummaries: Record<string, string> = {
  Attribution: 'Raden som anger upphovet: ”Text och illustrationer: Ljungby kommun, CC BY 4.0”.',
  FocusAreaCard: 'Ett kort om ett fokusområde: illustration, rubrik, kort text och en länk.',
  FocusAreaGrid: 'Korten för alla fokusområden i ett rutnät som följer bredden.',
  FocusAreaStory:
    'Hela berättelsen om ett fokusområde: texten, det viktigaste, fakta med källor och partner.',
  Heading: 'En rubrik på den nivå som passar sidans struktur (h1–h6).',
  KeyFigure: 'En siffra med förklaring och källa, till exempel ytan på Bolmen.',
  KitProvider: 'Ramen runt komponenterna: språk, ljust eller mörkt läge och fokusområdets färger.',
  LinkButton: 'En länk som ser ut som en knapp, för den viktigaste vägen vidare.',
  PartnerLine: 'Partnerraden, ”I samarbete med Ljungby kommun”, för kommunens nämnda partner.',
  PartnerList: 'Partnerna i ett fokusområde, med namn, slag och en kort beskrivning.',
  RichText: 'Längre text från innehållspaketet: stycken, rubriker, listor och länkar.',
  Stack: 'Lägger delar under eller bredvid varandra med kitets avstånd.',
  Text: 'Brödtext i kitets storlekar och färger.',
  VisionBanner: 'Visionen, 35 000 invånare år 2035, med befolkningen år för år.',
};
