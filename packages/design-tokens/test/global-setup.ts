// Resolves the tokens with style-dictionary once per test run (seconds) and hands the result to
// every test file, which lays it out with the formats in memory (milliseconds): the tests then
// check what the format code makes now, also under mutation testing.
import type { TestProject } from 'vitest/node';
import { resolveTokens } from '../build/build.ts';
import type { BuiltToken } from '../build/model.ts';
import { tokensDir } from './helpers.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Every token of both colour schemes, resolved. */
    resolved: Record<'light' | 'dark', BuiltToken[]>;
  }
}

export default async function setup(project: TestProject) {
  project.provide('resolved', await resolveTokens(tokensDir));
}
