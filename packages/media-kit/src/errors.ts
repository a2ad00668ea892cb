/**
 * What kind of problem a MediaKitError is, so that a program (the template studio) can say it
 * in its reader's words: a text that does not `fit`, a `word` wider than its line, a character
 * the font has no `glyph` for, too little `contrast`, a logo too wide (`logo-shape`), or other
 * bad `input`.
 */
export type ProblemKind = 'fit' | 'word' | 'glyph' | 'contrast' | 'logo-shape' | 'input';

/**
 * A build error that names where the problem is: the output file, the content field and the
 * format. The kit never cuts or hides a text that does not fit; it stops with this error.
 */
export class MediaKitError extends Error {
  readonly file: string;
  readonly field: string;
  readonly format: string;
  readonly kind: ProblemKind;
  /** The offending words or characters, for `word` and `glyph`. */
  readonly detail: readonly string[];

  constructor(
    where: { file: string; field: string; format: string },
    problem: string,
    kind: ProblemKind = 'input',
    detail: readonly string[] = [],
  ) {
    super(`${where.file}: field "${where.field}" (format "${where.format}"): ${problem}`);
    this.name = 'MediaKitError';
    this.file = where.file;
    this.field = where.field;
    this.format = where.format;
    this.kind = kind;
    this.detail = detail;
  }
}
