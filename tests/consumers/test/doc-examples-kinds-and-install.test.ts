// Every code example in the package READMEs and the embed's docs has a kind that a test runs
// (see docs/examples.ts), and the install commands name only what the kit publishes. The other
// kinds run in the doc-examples-*.test.ts files beside this one.
import { describe, expect, it } from 'vitest';
import { kinds, where, type Example } from './docs/examples.ts';
import { all, ofKind } from './docs/examples-project.ts';
import { packages } from './support.ts';

describe('every code example in the docs', () => {
  it('has a kind that a test runs', () => {
    expect(all.length).toBeGreaterThan(20);
    const unknown = all.filter((e) => !(e.kind in kinds)).map(where);
    expect(
      unknown,
      `give these blocks a test=<kind> (one of ${Object.keys(kinds).join(', ')})`,
    ).toEqual([]);
    // The count per kind, for the report.
    const counts = Object.fromEntries(
      Object.keys(kinds).map((k) => [k, ofKind(k as Example['kind']).length]),
    );
    console.log('doc examples by kind:', JSON.stringify(counts));
  });

  it('install: names only packages the kit publishes, and React where it is needed', () => {
    for (const e of ofKind('install')) {
      const args = e.code.trim().split(/\s+/u);
      expect(args.slice(0, 2), where(e)).toEqual(['npm', 'install']);
      for (const name of args.slice(2)) {
        if (name.startsWith('-')) continue;
        expect(
          (packages as readonly string[]).includes(name) || ['react', 'react-dom'].includes(name),
          `${where(e)}: ${name}`,
        ).toBe(true);
      }
    }
  });
});
