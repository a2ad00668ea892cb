/**
 * A build error that names where the problem is: the output file, the content field and the
 * format. The kit never cuts or hides a text that does not fit; it stops with this error.
 */
export class MediaKitError extends Error {
  readonly file: string;
  readonly field: string;
  readonly format: string;

  constructor(where: { file: string; field: string; format: string }, problem: string) {
    super(`${where.file}: field "${where.field}" (format "${where.format}"): ${problem}`);
    this.name = 'MediaKitError';
    this.file = where.file;
    this.field = where.field;
    this.format = where.format;
  }
}
