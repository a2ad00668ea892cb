export const strings = {
  sv: { source: 'Källa' },
  en: { source: 'Source' },
} as const;
