import { getCreditLine, getFocusAreas, getVision, type Locale } from '@ljungby/focus-content';
import { FocusAreaGrid, VisionBanner } from '@ljungby/ui-components';
import { pageLink } from '../shared/links';

// Numbers on this page (the vision's goal, the count of focus areas) come from the content
// package, so a change there reaches the start page without an edit here.

// Plain language writes small numbers as words ("fyra fokusområden").
const numberWords: Record<Locale, Record<number, string>> = {
  sv: { 2: 'två', 3: 'tre', 4: 'fyra', 5: 'fem', 6: 'sex' },
  en: { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six' },
};
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The site's start page: what the kit is, the vision, the four areas and three ways in. */
export function StartPage({ locale = 'sv' }: { locale?: Locale }) {
  const vision = getVision(locale);
  const count = getFocusAreas(locale).length;
  const sv = locale === 'sv';
  return (
    <article className="sb-page" lang={locale}>
      <h1>Berättarkit</h1>
      {sv ? (
        <>
          <p className="sb-lead">
            Berättarkit är Ljungby kommuns verktygslåda för att berätta om kommunen. Här finns
            färdiga texter, illustrationer, färger och komponenter. Du får använda allt fritt, så
            länge du anger att materialet kommer från Ljungby kommun.
          </p>
          <p>
            Visionen är att vi formar framtiden tillsammans, med målet{' '}
            <strong>{vision.goal.label}</strong>. Kommunen arbetar mot målet i{' '}
            {numberWords.sv[count] ?? count} fokusområden, tillsammans med partner. Med kitet kan du
            berätta samma historia på din egen webbplats, i din folder eller i din app.
          </p>
          <p>
            <a {...pageLink('startEn')} lang="en">
              Read this page in English
            </a>
          </p>
        </>
      ) : (
        <>
          <p className="sb-lead">
            Berättarkit is Ljungby kommun&apos;s toolkit for telling the story of the municipality.
            It holds ready texts, illustrations, colours and components. You may use all of it
            freely, as long as you credit Ljungby kommun.
          </p>
          <p>
            The vision is that we shape the future together, with the goal of{' '}
            <strong>{vision.goal.label}</strong>. The municipality works towards it in{' '}
            {numberWords.en[count] ?? count} focus areas, together with partners. With the kit you
            can tell the same story on your own website, in your brochure or in your app.
          </p>
          <p>
            <a {...pageLink('startSv')} lang="sv">
              Läs sidan på svenska
            </a>
          </p>
        </>
      )}

      <VisionBanner locale={locale} headingLevel={2} />

      <FocusAreaGrid
        locale={locale}
        headingLevel={2}
        title={
          sv
            ? `${capital(numberWords.sv[count] ?? String(count))} fokusområden`
            : `${capital(numberWords.en[count] ?? String(count))} focus areas`
        }
      />

      <h2>{sv ? 'Vem är kitet för?' : 'Who is the kit for?'}</h2>
      {sv ? (
        <ul>
          <li>
            <strong>Föreningar, företag och andra partner</strong> som vill berätta om Ljungby
            kommun på sin webbplats eller i sitt material.
          </li>
          <li>
            <strong>Kommunikatörer och webbredaktörer</strong> som vill klistra in en färdig
            berättelse utan att ändra sin webbplats.
          </li>
          <li>
            <strong>Webbutvecklare</strong> som bygger sidor med React eller vanlig HTML och CSS.
          </li>
          <li>
            <strong>Designer</strong> som behöver färger, typsnitt och avstånd.
          </li>
        </ul>
      ) : (
        <ul>
          <li>
            <strong>Associations, companies and other partners</strong> who want to tell about
            Ljungby kommun on their website or in their material.
          </li>
          <li>
            <strong>Communicators and web editors</strong> who want to paste in a ready story
            without changing their site.
          </li>
          <li>
            <strong>Web developers</strong> who build pages with React or plain HTML and CSS.
          </li>
          <li>
            <strong>Designers</strong> who need the colours, type and spacing.
          </li>
        </ul>
      )}

      <h2>{sv ? 'Välj din väg' : 'Choose your way in'}</h2>
      <ul className="sb-paths">
        <li>
          <h3>{sv ? 'Jag vill bädda in' : 'I want to embed'}</h3>
          <p>
            {sv
              ? 'Välj fokusområde, språk och utseende. Kopiera kodsnutten och klistra in den på din webbplats. Det fungerar i WordPress, Sitevision, Wix, Squarespace och vanlig HTML.'
              : 'Choose a focus area, a language and a look. Copy the snippet and paste it into your website. It works in WordPress, Sitevision, Wix, Squarespace and plain HTML.'}
          </p>
          <p>
            <a {...pageLink('builder')}>
              {sv ? 'Öppna byggaren för kodsnuttar' : 'Open the snippet builder'}
            </a>
          </p>
        </li>
        <li>
          <h3>{sv ? 'Jag utvecklar webb' : 'I build websites'}</h3>
          <p>
            {sv
              ? 'Installera komponenterna och texterna från npm. De fungerar med och utan React, även med serverrendering.'
              : 'Install the components and the texts from npm. They work with and without React, also server-rendered.'}
          </p>
          <pre className="sb-pre">
            <code>npm install @ljungby/ui-components @ljungby/focus-content</code>
          </pre>
          <p>
            <a {...pageLink('components')}>{sv ? 'Se komponenterna' : 'See the components'}</a>
          </p>
        </li>
        <li>
          <h3>{sv ? 'Jag designar' : 'I design'}</h3>
          <p>
            {sv
              ? 'Se färger, typografi, avstånd, hörn, skuggor och rörelse. Ta med tokens till Figma.'
              : 'See the colours, type, spacing, radii, shadows and motion. Take the tokens into Figma.'}
          </p>
          <p>
            <a {...pageLink('tokens')}>{sv ? 'Se designtokens' : 'See the design tokens'}</a>
          </p>
        </li>
      </ul>

      <h2>{sv ? 'Texter och regler' : 'Texts and rules'}</h2>
      <ul>
        <li>
          <a {...pageLink('content')}>
            {sv
              ? 'Texterna i alla längder, med fakta och källor'
              : 'The texts in every length, with facts and sources'}
          </a>
        </li>
        <li>
          <a {...pageLink('usage')}>
            {sv ? 'Så får du använda materialet' : 'How you may use the material'}
          </a>
        </li>
        <li>
          <a {...pageLink('accessibility')}>
            {sv ? 'Tillgänglighet i kitet' : 'Accessibility of the kit'}
          </a>
        </li>
      </ul>
      <p className="sb-meta">{getCreditLine(locale)}</p>
    </article>
  );
}
