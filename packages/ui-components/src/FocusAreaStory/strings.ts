export const strings = {
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
  },
} as const;
