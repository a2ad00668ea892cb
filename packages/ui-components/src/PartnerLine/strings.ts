// The co-brand line is words, never a logo: partners may put it on their own materials without
// implying that the municipality endorses them, and it needs no image rights.
export const strings = {
  sv: { line: 'I samarbete med Ljungby kommun' },
  en: { line: 'In collaboration with Ljungby kommun' },
} as const;
