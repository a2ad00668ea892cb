// The tests Stryker runs for every mutant (npm run mutation; stryker.config.json points here).
//
// What is mutated (stryker.config.json "mutate"): the content checks' pure logic — functions
// that take text or data and return findings or a cut, with no process, network or build around
// them: the claims check (claims/find.ts, segments.ts, check.ts, which reads a few small files),
// the text measures and limits (text.ts, authoring.ts's word limits, src/limits.ts), the checks
// across fields (checks.ts), the problems' wording (problems.ts), the long text's Markdown
// (markdown.ts), rich text (src/rich-text.ts), the area-files cut (src/area-fields.ts,
// scripts/area-files.ts), ids and the licence (src/ids.ts, src/license.ts).
// Not mutated: the loader and assembly (load.ts, assemble.ts, files.ts, focus-areas.ts,
// locale-pair.ts, shared.ts, status.ts, glossary.ts) — reading the content folder and wiring the
// checks above together, proven end to end by test/bad-input-*.test.ts and test/status.test.ts on
// the real content; svg.ts, which hands the illustrations to svgo; limits-docs.ts, which writes
// the README's table (test/docs.test.ts). Their tests build the whole content per case, which
// made a mutation run take about an hour.
//
// Which tests: the in-process tests of that logic (test/checks/, and the text, link-text and
// rich-text tests), which call the check functions with small inputs. The tests that start the
// build script as a separate process, or read the built dist/, stay in `npm test`
// (vitest.config.ts): Stryker switches mutants inside the test worker, so a child process runs
// the code unmutated; and dist/ was built before the mutant was made. They cannot kill one and
// would only cost time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/checks/**/*.test.ts', 'test/{text,link-text,rich-text}.test.ts'],
    environment: 'node',
  },
});
