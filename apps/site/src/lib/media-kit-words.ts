// The site's words around the media kit's files: what each format and file type is called, in
// plain words. Which platform a size is for comes from the kit's own `use` texts. `formats` are
// link texts after "Ladda ner"/"Download", hence lower case.
import type { Locale } from '@ljungby/focus-content';
import type { ManifestFileType, ManifestFormat } from '@ljungby/media-kit';

export const kitWords = {
  sv: {
    pixels: 'pixlar',
    groups: {
      square: 'Kvadratisk bild',
      portrait: 'Stående bild',
      story: 'Story',
      'link-preview': 'Länkförhandsvisning',
      slide: 'Presentationsbild',
      poster: 'Affisch',
    },
    formats: {
      square: 'Kvadratisk bild',
      portrait: 'Stående bild',
      story: 'Story',
      'link-preview': 'Länkförhandsvisning',
      slide: 'Presentationsbild',
      'poster-a4': 'affisch i A4 (PDF)',
      'poster-a3': 'affisch i A3 (PDF)',
      bundle: 'allt material som zip-fil',
      'read-me': '”Läs mig först” (text)',
    },
    fileTypes: {
      png: 'PNG, för att lägga upp',
      svg: 'SVG, för att ändra i ett ritprogram',
      pptx: 'PowerPoint (PPTX)',
      pdf: 'PDF',
      zip: 'Zip-fil',
      txt: 'Text',
    },
  },
  en: {
    pixels: 'pixels',
    groups: {
      square: 'Square image',
      portrait: 'Portrait image',
      story: 'Story',
      'link-preview': 'Link preview',
      slide: 'Slide',
      poster: 'Poster',
    },
    formats: {
      square: 'Square image',
      portrait: 'Portrait image',
      story: 'Story',
      'link-preview': 'Link preview',
      slide: 'Slide',
      'poster-a4': 'poster in A4 (PDF)',
      'poster-a3': 'poster in A3 (PDF)',
      bundle: 'all the material as a ZIP file',
      'read-me': '“Read me first” (text)',
    },
    fileTypes: {
      png: 'PNG, for posting',
      svg: 'SVG, for editing in a drawing program',
      pptx: 'PowerPoint (PPTX)',
      pdf: 'PDF',
      zip: 'ZIP file',
      txt: 'Text',
    },
  },
} as const satisfies Record<
  Locale,
  {
    pixels: string;
    groups: Record<string, string>;
    formats: Record<ManifestFormat, string>;
    fileTypes: Record<ManifestFileType, string>;
  }
>;
