// Proves the stylesheet gate can fail: the planted fixture has one misspelt token and one
// fallback, and the repository's own config must report exactly those two (and not the token,
// the local knob or another component's knob that the fixture uses correctly).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import stylelint from 'stylelint';

const root = join(import.meta.dirname, '..');

void test('stylelint rejects a misspelt var(--lk-…) and a fallback, and accepts defined ones', async () => {
  const { results } = await stylelint.lint({
    files: [join(root, 'scripts/fixtures/stylelint/planted-typo.css')],
    configFile: join(root, 'stylelint.config.js'),
  });
  const found = (results[0]?.warnings ?? []).map((w) => `${String(w.line)} ${w.rule}`);
  assert.deepEqual(found.sort(), [
    '10 csstools/value-no-unknown-custom-properties',
    '12 declaration-property-value-disallowed-list',
  ]);
  assert.ok(results[0]?.warnings.some((w) => w.text.includes('--lk-color-txt-default')));
});
