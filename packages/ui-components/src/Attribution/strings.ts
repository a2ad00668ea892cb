// CC BY 4.0 asks for the creator, a link to the licence and a note when the material is changed.
export const strings = {
  sv: { prefix: 'Text och illustrationer:', changed: 'Materialet är bearbetat.' },
  en: { prefix: 'Text and illustrations:', changed: 'The material has been adapted.' },
} as const;
