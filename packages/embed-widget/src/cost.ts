import { bytes } from './build-info';
import { dataFiles } from './data-files';
import { defaults } from './options';
import { reservationFile } from './reservation';
import { usesStylesheet, withLocale, type SnippetOptions } from './snippet';

/** What a visitor downloads for one snippet, in gzip bytes (measured at build). */
export interface SnippetCost {
  /** dist/embed.js. */
  scriptBytes: number;
  /**
   * The widget's CSS (dist/css/card.css, and css/story.css for the story) and the size
   * reservation (dist/reserve/<area>-<layout>.css), when the snippet links it.
   */
  styleBytes: number;
  /** The content files the widget fetches for the chosen area and language. */
  dataBytes: number;
  /** All of the above. */
  totalBytes: number;
}

/**
 * The gzip bytes a visitor downloads for the snippet of these options, the first time (the CDN
 * compresses; browsers cache the files after that). Several widgets on one page share files.
 *
 * @example
 * snippetCost({ area: 'vatten' }).totalBytes; // e.g. 7400
 */
export function snippetCost(options: SnippetOptions = {}): SnippetCost {
  const o = { ...defaults, ...withLocale(options) };
  const scriptBytes = bytes.script;
  const styleBytes =
    bytes.card +
    (o.layout === 'story' ? bytes.story : 0) +
    (usesStylesheet(o) ? (bytes.reserve[reservationFile(o.area, o.layout)] ?? 0) : 0);
  const dataBytes = dataFiles(o.area, o.layout, o.locale).reduce(
    (sum, file) => sum + (bytes.data[file] ?? 0),
    0,
  );
  return { scriptBytes, styleBytes, dataBytes, totalBytes: scriptBytes + styleBytes + dataBytes };
}
