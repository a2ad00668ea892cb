// The template studio in Chromium refuses bad input, on a 390 px phone: files too big, not
// images or unsafe, texts too long, in emoji or right to left, a text too much for the image, a
// link that is not one, an empty headline; each with a message in the page's language, and the
// studio keeps working.
import { describe, expect, it } from 'vitest';
import { studioMessages } from '../src/components/studio/messages';
import { fixture, poll, studioOnPhone } from './studio-page';

const phone = studioOnPhone();
const { site, errors } = phone;
const m = studioMessages.sv;
const errorOf = (slot: string) => phone.page.locator(`#s-${slot}-error`);

describe('the template studio', () => {
  it('refuses bad input with a message in the page’s language, and keeps working', async () => {
    const { page } = phone;
    await page.goto(`${site.server.base}gor-eget/?format=square`);
    await page.waitForSelector('#studio[data-ready]');
    const headline = page.getByLabel('Rubrik', { exact: true });

    // Files: 40 MB, not an image, an SVG that runs code and fetches from elsewhere.
    // The 40 MB file is made in the page: sending it through the test's connection takes longer.
    await page.evaluate(() => {
      const bytes = new Uint8Array(40 * 1024 * 1024);
      bytes.set([0xff, 0xd8, 0xff, 0xe0]);
      const files = new DataTransfer();
      files.items.add(new File([bytes], 'stor.jpg', { type: 'image/jpeg' }));
      const input = document.querySelector<HTMLInputElement>('#s-photo');
      if (!input) throw new Error('no #s-photo');
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect
      .poll(() => errorOf('photo').textContent())
      .toBe('Filen stor.jpg är 40 MB. Den får vara högst 25 MB. Välj en mindre bild.');
    await page.locator('#s-photo').setInputFiles(fixture('not-an-image.jpg'));
    await expect
      .poll(() => errorOf('photo').textContent())
      .toContain('Filen not-an-image.jpg är inte en bild.');
    await page.locator('#s-logo').setInputFiles(fixture('logo-unsafe.svg'));
    await poll(() => errorOf('logo').textContent()).toContain('skript');
    const unsafe = (await errorOf('logo').textContent()) ?? '';
    expect(unsafe).toContain(m.svgParts.handler);
    expect(unsafe).toContain(m.svgParts.external);
    expect(await page.locator('#s-logo-name').textContent()).toBe('');

    // Texts.
    await headline.fill('x'.repeat(2000));
    await expect
      .poll(() => errorOf('headline').textContent())
      .toBe('Rubriken får ha högst 120 tecken. Nu har den 2000. Korta den med 1880 tecken.');
    await headline.fill('Sagokväll 🎉');
    await expect
      .poll(() => errorOf('headline').textContent())
      .toBe('Emojier kan inte visas i bilden. Ta bort 🎉 ur rubriken.');
    await headline.fill('مساء الحكايات');
    await poll(() => errorOf('headline').textContent()).toContain('från höger till vänster');
    // Within the field's limit, too much for the square at its smallest size with a place.
    await page.getByLabel('Plats').fill('Ljungby stadsbibliotek');
    await headline.fill(
      'Sagokväll på biblioteket för alla barn och vuxna i hela kommunen, med sägner, sånger och fika i pausen, fredag i mars',
    );
    await page.getByLabel('Organisationens namn').fill('Berättarföreningen');
    await expect
      .poll(() => errorOf('headline').textContent())
      .toMatch(
        /^Texten får inte plats i den kvadratiska bilden\. Korta rubriken med minst \d+ tecken/u,
      );
    await headline.fill('Sagokväll');
    await poll(() => errorOf('headline').isHidden()).toBe(true);
    await page.getByLabel('Länk för mer information').fill('javascript:alert(1)');
    await expect
      .poll(() => errorOf('link').textContent())
      .toBe('Länken måste börja med https:// eller http://, inte javascript:.');
    await page.getByLabel('Länk för mer information').fill('');

    // An empty headline: said when a file is asked for, in the summary and at the field.
    await headline.fill('');
    await page.locator('[data-export="png"]').click();
    await poll(() => page.locator('#s-summary').isVisible()).toBe(true);
    expect(await page.locator('#s-summary li').allTextContents()).toEqual([m.required]);
    expect(await errorOf('headline').textContent()).toBe(m.required);
    expect(await headline.getAttribute('aria-invalid')).toBe('true');
    expect(errors).toEqual([]);
  });
});
