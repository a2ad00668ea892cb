// pdf-lib embeds and subsets custom fonts through a "fontkit". @pdf-lib/fontkit is its own fork
// of fontkit 1 and weighs 383 kB gzip in a browser; the kit already carries fontkit 2 (89 kB),
// which measures and outlines the text. It only lacks the stream API pdf-lib calls to write the
// subset, so this hands pdf-lib fontkit 2 with that one call added: one font engine everywhere.
import { create, type Font } from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

/** What pdf-lib's `registerFontkit` expects. */
type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * fontkit 2 as pdf-lib's fontkit. Its font has every member pdf-lib reads (`cff`, `head`,
 * `post` are tables fontkit 2 parses as pdf-lib's fork does; its types leave them out).
 */
export const pdfFontkit = {
  create(bytes: Uint8Array): Font {
    // fontkit's types ask for a Node Buffer; its parser reads any Uint8Array.
    const font = create(bytes as Buffer) as Font;
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      // pdf-lib reads the subset as a stream of chunks: here, one chunk, the whole font.
      return Object.assign(subset, {
        encodeStream() {
          const handlers: Record<string, (value?: unknown) => void> = {};
          const stream = {
            on(event: string, handler: (value?: unknown) => void) {
              handlers[event] = handler;
              if (event === 'end')
                queueMicrotask(() => {
                  try {
                    handlers.data?.(subset.encode());
                    handlers.end?.();
                  } catch (error) {
                    handlers.error?.(error);
                  }
                });
              return stream;
            },
          };
          return stream;
        },
      });
    };
    return font;
  },
} as unknown as PdfLibFontkit;
