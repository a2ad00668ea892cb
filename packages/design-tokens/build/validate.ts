// Checks the DTCG source before style-dictionary sees it, because a token editor needs to be
// told which file and which token is wrong — style-dictionary's own errors name neither.
import { focusAreaProblems } from './areas.ts';
import { resolvedColorSchemes, type ResolvedColorScheme } from '../src/color-schemes.ts';
import {
  TokenSourceError,
  readFile,
  schemeSources,
  sourceFiles,
  type SourceToken,
} from './sources.ts';
import { describeValueProblem } from './values.ts';

const referencePattern = /^\{([^{}]+)\}$/;

/**
 * Validates every mode's token set: types, values and references. Throws a TokenSourceError
 * listing every problem, so that one run tells the editor everything to fix.
 */
export function validateTokens(
  tokensDir: string,
): Record<ResolvedColorScheme, Map<string, SourceToken>> {
  const problems: string[] = [];
  // A file read by both modes would report its problems twice: each problem is named once.
  const add = (problem: string) => {
    if (!problems.includes(problem)) problems.push(problem);
  };
  const byFile = new Map<string, SourceToken[]>();
  const read = (file: string) => {
    let tokens = byFile.get(file);
    if (!tokens) {
      tokens = readFile(file, tokensDir, problems);
      byFile.set(file, tokens);
    }
    return tokens;
  };
  const result = {} as Record<ResolvedColorScheme, Map<string, SourceToken>>;
  for (const scheme of resolvedColorSchemes) {
    const set = new Map<string, SourceToken>();
    for (const file of sourceFiles(tokensDir, schemeSources[scheme])) {
      for (const token of read(file)) {
        const earlier = set.get(token.path);
        if (earlier) {
          // Both modes read the shared files: one message is enough.
          add(
            `${token.file}: ${token.path}: is already defined in ${earlier.file}; a token may be defined once per mode`,
          );
        }
        set.set(token.path, token);
      }
    }
    for (const token of set.values()) {
      const ref = typeof token.value === 'string' ? referencePattern.exec(token.value) : null;
      if (ref?.[1] !== undefined) {
        const target = set.get(ref[1]);
        if (!target) {
          add(
            `${token.file}: ${token.path}: reference {${ref[1]}} does not resolve to a token (${scheme} mode); check the spelling, or define it in brand.json or primitives/`,
          );
        } else if (target.type !== token.type) {
          add(
            `${token.file}: ${token.path}: is a ${token.type} but refers to {${ref[1]}}, which is a ${target.type}`,
          );
        }
        continue;
      }
      const expected = describeValueProblem(token.type, token.value);
      if (expected)
        add(
          `${token.file}: ${token.path}: ${JSON.stringify(token.value)} is not a valid ${token.type}; expected ${expected}`,
        );
    }
    result[scheme] = set;
  }
  focusAreaProblems(result).forEach(add);
  if (problems.length > 0) throw new TokenSourceError(problems);
  return result;
}
