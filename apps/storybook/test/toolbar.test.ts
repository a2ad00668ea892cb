// The toolbar's language, focus area and colour scheme reach the stories, and its focus areas
// are the content package's, in its order.
import { focusAreaIds, getFocusArea } from '@ljungby/focus-content';
import { expect, it } from 'vitest';
import { useBuiltSite } from './built-site';

const site = useBuiltSite();

const look = async (id: string, globals: string) => {
  await site.open({ id, type: 'story' }, globals);
  return site.page.evaluate(() => {
    const root = document.querySelector('.sb-kit-root');
    return {
      lang: root?.getAttribute('lang'),
      html: document.documentElement.lang,
      scheme: root?.getAttribute('data-color-scheme'),
      area: root?.getAttribute('data-focus-area'),
      heading: document.querySelector('#storybook-root :is(h1, h2, h3)')?.textContent,
    };
  });
};

it('language: "as written" keeps each story’s own, sv/en override every story with a locale', async () => {
  await expect(look('komponenter-focusareacard--vatten', 'locale:story')).resolves.toMatchObject({
    lang: 'sv',
    html: 'sv',
    heading: 'Vatten',
  });
  await expect(look('komponenter-focusareacard--vatten', 'locale:en')).resolves.toMatchObject({
    lang: 'en',
    html: 'en',
    heading: 'Water',
  });
  await expect(look('komponenter-focusareacard--english', 'locale:sv')).resolves.toMatchObject({
    lang: 'sv',
  });
});

it('focus area and colour scheme', async () => {
  await expect(
    look('komponenter-focusareacard--vatten', 'focusArea:sagobygden;colorScheme:dark'),
  ).resolves.toMatchObject({ heading: 'Sagobygden', area: 'sagobygden', scheme: 'dark' });
});

it('offers the content package’s focus areas, by their names', async () => {
  await site.page.goto(`${site.base}index.html?path=/story/komponenter-focusareacard--vatten`);
  await site.page.getByRole('button', { name: /Inget fokusområde/ }).click();
  const items = await site.page
    .locator('[role="menuitem"], [role="option"], [role="menuitemradio"]')
    .allInnerTexts();
  expect(items.map((t) => t.trim()).filter(Boolean)).toEqual([
    'Inget fokusområde / None',
    ...focusAreaIds.map((id) => getFocusArea(id).name),
  ]);
});
