// The contrast-theme rules catch what they promise: on a planted page, a focus ring drawn with
// box-shadow, a button whose edge is only its background, a transition and an animation are
// each named; the same page without them passes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { contrastThemeContext, contrastThemeProblems } from './contrast-themes.js';
import { launchChromium } from './index.js';

/** @type {import('playwright-core').Browser} */
let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser.close();
});

const page = (/** @type {string} */ css) => `<!doctype html><html lang="en"><style>
  a:focus-visible { outline: 3px solid blue; }
  button { background: navy; color: white; border: 2px solid navy; }
  ${css}
</style><a href="#a">A link</a> <button>A button</button> <p class="moving">Text</p>`;

/** @param {string} css */
async function problemsOf(css) {
  const context = await browser.newContext(contrastThemeContext);
  const tab = await context.newPage();
  await tab.setContent(page(css));
  const problems = await contrastThemeProblems(tab);
  await context.close();
  return problems;
}

test('a page that keeps its edges and does not move passes', async () => {
  assert.deepEqual(await problemsOf(''), []);
});

test('names a box-shadow focus ring, a borderless button, a transition and an animation', async () => {
  const problems = await problemsOf(`
    a:focus-visible { outline: none; box-shadow: 0 0 0 3px blue; }
    button { border: 0; }
    .moving { transition: opacity 0.3s; animation: spin 2s infinite; }
    @keyframes spin { to { rotate: 1turn; } }`);
  assert.equal(problems.length, 4, problems.join('\n'));
  assert.match(problems[0] ?? '', /focus on a "A link" shows no outline/);
  assert.ok(problems.some((p) => /p\.moving "Text" animates \(spin\)/.test(p)));
  assert.ok(problems.some((p) => /p\.moving "Text" has a transition \(opacity 0\.3s\)/.test(p)));
  assert.ok(problems.some((p) => /button "A button" has no border all round/.test(p)));
});

test('says so when the page is not in a contrast theme', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.setContent(page(''));
  assert.match((await contrastThemeProblems(tab)).join(), /open it with contrastThemeContext/);
  await context.close();
});
