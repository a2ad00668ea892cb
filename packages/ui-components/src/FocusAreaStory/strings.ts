export const strings = {
  sv: { messages: 'Det viktigaste', facts: 'Fakta', partners: 'Partner', official: 'Kommunens formulering', source: 'Källa' },
  en: { messages: 'Key messages', facts: 'Facts', partners: 'Partners', official: "The municipality's wording", source: 'Source' },
} as const;
