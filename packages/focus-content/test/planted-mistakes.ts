// The fixture of the bad-input tests (test/bad-input-*.test.ts): each case breaks one thing in a
// copy of the real content and asserts the message an author would read: the file, the field,
// what is wrong and what is expected.
import { expect } from 'vitest';
import { ContentError, loadContent } from '../scripts/lib/load.ts';
import { plantedCopies, type ContentCopy, type Edit } from './helpers.ts';

export const vattenSv = 'content/focus-areas/vatten/sv.md';
export const vattenEn = 'content/focus-areas/vatten/en.md';
export const vattenSvg = 'content/illustrations/vatten.svg';

// A fixed day, so that whether a photo has expired does not depend on when the tests run.
const today = '2026-11-26';

/** One planted mistake and what the author must read. */
export type Mistake = { name: string; edits: Edit[] } & (
  | {
      /** Problems reported word for word. */
      problems: string[];
    }
  | {
      /** A part of the report, where the rest of a message varies. */
      report: string | RegExp;
    }
);

/**
 * Call once at the top of a test file (it registers the clean-up of the copies): `plant` makes a
 * broken copy, `expectAccepted` asserts that the unbroken content loads, so that each case fails
 * for its own mistake, and `expectReported` asserts a mistake's message.
 */
export function plantedMistakes(): {
  plant: (edits?: readonly Edit[]) => ContentCopy;
  expectAccepted: () => void;
  expectReported: (mistake: Mistake) => void;
} {
  const plant = plantedCopies();

  function problemsAfter(edits: readonly Edit[]): string[] {
    try {
      loadContent(plant(edits).root, { today });
    } catch (error) {
      if (error instanceof ContentError) return error.problems;
      throw error;
    }
    throw new Error('the broken content was accepted');
  }

  return {
    plant,
    expectAccepted() {
      expect(() => loadContent(plant().root, { today })).not.toThrow();
    },
    expectReported(mistake) {
      const reported = problemsAfter(mistake.edits);
      if ('problems' in mistake) {
        for (const problem of mistake.problems) expect(reported).toContain(problem);
      } else {
        expect(reported.join('\n')).toMatch(mistake.report);
      }
    },
  };
}
