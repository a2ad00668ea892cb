// Freezes the content that the README's documented HTML is generated from, so that editing the
// texts in @ljungby/focus-content does not make this package's docs test fail. Run it (then
// `npm run docs`) when the README's examples should show the new texts.
import { writeFileSync } from 'node:fs';
import {
  getCollaboration,
  getContent,
  getFocusAreas,
  getIllustration,
  getVision,
} from '@ljungby/focus-content';

const fixture = {
  note: 'A frozen copy of content (sv) for the documented HTML in README.md. Refresh: npm run docs:fixture && npm run docs',
  areas: getFocusAreas('sv'),
  vision: getVision('sv'),
  partnerLine: getCollaboration('sv').partnerLine,
  license: getContent('sv').license,
  illustration: getIllustration('vatten'),
};
writeFileSync(
  new URL('../test/fixtures/documented-content.json', import.meta.url),
  `${JSON.stringify(fixture, null, 2)}\n`,
);
