// The read-me in every ZIP says the licence as the kit's status has it, and follows a flip: a
// proposal until the municipality decides, then the licence as granted, and back.
import { getContent, getKitStatus, kitStatus, locales } from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import { readMeText } from '../scripts/readme.ts';
import { subjectOf } from '../src/subject.ts';

describe("the read-me's licence words", () => {
  for (const lang of locales) {
    it(`${lang}: follow licenceDecided both ways`, () => {
      const s = subjectOf('vatten', lang);
      const content = getContent(lang);
      const today = readMeText(s, content, []);
      const flipped = getKitStatus(lang, {
        ...kitStatus,
        licenceDecided: !kitStatus.licenceDecided,
      });
      const after = readMeText(s, content, [], flipped);
      expect(today).toContain(getKitStatus(lang).say.licence);
      expect(after).toContain(flipped.say.licence);
      expect(after).not.toContain(getKitStatus(lang).say.licence);
      expect(readMeText(s, content, [], getKitStatus(lang, kitStatus))).toBe(today);
    });
  }
});
