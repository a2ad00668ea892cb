// A fault the word check found: the file and line, the rule, what is wrong and the better wording.

export interface Fault {
  file: string;
  line: number;
  /** The rule's name, e.g. `claims/number`, `tone/du`, `lix`, `parity`, `copies`. */
  rule: string;
  message: string;
  /** The better wording or the way to fix it. */
  better?: string;
}

export function formatFault(f: Fault): string {
  return `${f.file}:${f.line}: [${f.rule}] ${f.message}${f.better ? ` → ${f.better}` : ''}`;
}

export const byPlace = (a: Fault, b: Fault): number =>
  a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule);
