import type { API_LayoutCustomisations } from 'storybook/internal/types';
import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming/create';
import { kitLang, kitName } from '../src/shared/kit';

// Storybook's frame wears the kit's name, and its logo link leads back to the partner site,
// which is published one folder up (Storybook lives under <site>/storybook/).
const showPanel: API_LayoutCustomisations['showPanel'] = (state, defaultValue) =>
  // Pages tagged "page" are documentation, not components: no addon panel (test output,
  // controls) under them.
  state.index?.[state.storyId]?.tags.includes('page') ? false : defaultValue;

addons.setConfig({
  theme: create({
    base: 'light',
    // Storybook writes brandTitle as HTML into its logo link (a flex row): one column inside.
    brandTitle:
      `<span style="display:flex;flex-direction:column">${kitName}` +
      '<span style="font-size:0.8em;font-weight:normal">' +
      '<span aria-hidden="true">← </span>Webbplatsen för partner</span></span>',
    brandUrl: '../',
    brandTarget: '_self',
  }),
  layoutCustomisations: { showPanel },
});

// The sidebar's words are Swedish (the built index.html says so too: scripts/static-html.ts).
document.documentElement.lang = kitLang;

// Storybook names every tab "<page> ⋅ Storybook" (a fixed string, no option): say the kit's name.
const retitle = () => {
  const title = document.title
    .replace(/ - Docs(?= ⋅ )/, '')
    .replace(/\s*⋅\s*Storybook$/, ` · ${kitName}`);
  const next = title === 'Storybook' || title === '' ? kitName : title;
  if (next !== document.title) document.title = next;
};
retitle();
new MutationObserver(retitle).observe(document.head, {
  subtree: true,
  childList: true,
  characterData: true,
});
