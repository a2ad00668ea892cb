import {
  attribution,
  getCollaboration,
  getCreditLine,
  getFocusArea,
  license,
  type Locale,
} from '@ljungby/focus-content';
import { Attribution, PartnerLine } from '@ljungby/ui-components';
import type { ReactNode } from 'react';
import { guide } from '../embed/guides';
import { CopyButton } from '../shared/CopyButton';
import { RichText } from '../shared/RichText';
import { pageLink } from '../shared/links';

// Partner-facing rules, Swedish first in plain language, then a complete English section.
// Licence, attribution, credit line and partner line come from @ljungby/focus-content.

/** A page with its Swedish body and its English section. */
function Bilingual({ title, sv, en }: { title: string; sv: ReactNode; en: ReactNode }) {
  return (
    <article className="sb-page">
      <h1>{title}</h1>
      <div lang="sv">{sv}</div>
      <section lang="en" className="sb-en" aria-labelledby="sb-english">
        <h2 id="sb-english">English</h2>
        {en}
      </section>
    </article>
  );
}

function CreditBlock({ locale }: { locale: Locale }) {
  const credit = getCreditLine(locale);
  const partnerLine = getCollaboration(locale).partnerLine;
  const sv = locale === 'sv';
  return (
    <>
      <h3>{sv ? 'Raden som anger upphovet' : 'The credit line'}</h3>
      <div className="sb-text-block">
        <p>{credit}</p>
        <CopyButton text={credit} what={credit} locale={locale} />
      </div>
      <p>
        {sv
          ? 'Som komponent, med licensen länkad (och med "bearbetad" när du har ändrat texten):'
          : 'As a component, with the licence linked (and marked as adapted when you changed the text):'}
      </p>
      <div className="sb-text-block">
        <Attribution locale={locale} />
        <Attribution locale={locale} changed />
      </div>
      <h3>{sv ? 'Partnerraden' : 'The partner line'}</h3>
      <p>
        {sv
          ? 'Visa samarbetet med text. Använd aldrig kommunens logotyp eller kommunvapen som märke, och rita inga egna varianter av dem.'
          : "Show the collaboration in words. Never use the municipality's logo or coat of arms as a badge, and never draw your own versions of them."}
      </p>
      <div className="sb-text-block">
        <PartnerLine locale={locale} />
        <CopyButton text={partnerLine} what={partnerLine} locale={locale} />
      </div>
      <p>{sv ? 'Med er organisations namn:' : "With your organisation's name:"}</p>
      <div className="sb-text-block">
        <PartnerLine locale={locale} partner={sv ? 'Er förening' : 'Your association'} />
      </div>
    </>
  );
}

/** How partners may use the material: CC BY 4.0, the attribution and the partner line. */
export function UsagePage() {
  return (
    <Bilingual
      title="Använda materialet / Using the material"
      sv={
        <>
          <p className="sb-lead">
            Du får använda texterna och illustrationerna fritt, även i kommersiella sammanhang. Du
            behöver bara ange att de kommer från <strong>{attribution}</strong>.
          </p>
          <h2>Licensen</h2>
          <p>
            Texterna och illustrationerna har licensen <a href={license.url}>{license.name}</a>.
            Koden i kitet har licensen MIT.
          </p>
          <ul>
            <li>Du får kopiera, dela, korta, översätta och bearbeta materialet.</li>
            <li>
              Ange <strong>{attribution}</strong> som upphov och länka till licensen.
            </li>
            <li>Visa om du har ändrat något.</li>
          </ul>
          <CreditBlock locale="sv" />
          <h2>{getCollaboration('sv').title}</h2>
          <RichText blocks={getCollaboration('sv').long} />
          <p className="sb-meta">
            Källa:{' '}
            <a href={getCollaboration('sv').source.url}>{getCollaboration('sv').source.title}</a>
          </p>
        </>
      }
      en={
        <>
          <p className="sb-lead">
            You may use the texts and illustrations freely, also commercially. Just credit{' '}
            <strong>{attribution}</strong>.
          </p>
          <h3>The licence</h3>
          <p>
            The texts and illustrations are licensed <a href={license.url}>{license.name}</a>. The
            kit&apos;s code is MIT.
          </p>
          <ul>
            <li>You may copy, share, shorten, translate and adapt the material.</li>
            <li>
              Credit <strong>{attribution}</strong> and link to the licence.
            </li>
            <li>Indicate if you changed anything.</li>
          </ul>
          <CreditBlock locale="en" />
          <h3>{getCollaboration('en').title}</h3>
          <RichText blocks={getCollaboration('en').long} headingOffset={1} />
          <p className="sb-meta">
            Source:{' '}
            <a href={getCollaboration('en').source.url}>{getCollaboration('en').source.title}</a>
          </p>
        </>
      }
    />
  );
}

/** Tone of voice for the focus-area stories: klarspråk, true, Swedish first. */
export function TonePage() {
  const example = getFocusArea('sagobygden', 'sv').summary.short;
  const exampleEn = getFocusArea('sagobygden', 'en').summary.short;
  return (
    <Bilingual
      title="Tonläge / Tone of voice"
      sv={
        <>
          <p className="sb-lead">
            Berättelserna ska vara lätta att läsa, sanna och varma. Skriv som du pratar med en
            granne som är nyfiken på kommunen.
          </p>
          <h2>Så skriver vi</h2>
          <ul>
            <li>
              <strong>Korta meningar.</strong> En tanke per mening. Sikta på högst 15–20 ord.
            </li>
            <li>
              <strong>Aktiv form.</strong> Skriv vem som gör något: ”Kommunen bygger”, inte ”Det
              byggs”.
            </li>
            <li>
              <strong>Vi och du.</strong> ”Vi” är kommunen och partnerna tillsammans. ”Du” är den
              som läser.
            </li>
            <li>
              <strong>Vanliga ord.</strong> Förklara facktermer eller byt ut dem.
            </li>
            <li>
              <strong>Viktigast först.</strong> Börja med det läsaren behöver veta.
            </li>
            <li>
              <strong>Bara sanna uppgifter.</strong> Varje siffra har en källa. Hitta aldrig på
              siffror, citat, personer eller händelser.
            </li>
            <li>
              <strong>Svenska först.</strong> Skriv på svenska och översätt sedan till engelska.
            </li>
          </ul>
          <h2>Exempel ur kitet</h2>
          <blockquote className="sb-text-block">
            <p>{example}</p>
          </blockquote>
          <h2>Längder</h2>
          <ul>
            <li>Kort text: högst 25 ord, till exempel på ett kort.</li>
            <li>Mellanlång text: 40–90 ord, till exempel i en ingress.</li>
            <li>Lång text: 150–350 ord, med mellanrubriker.</li>
          </ul>
          <p>
            Kitets kontroller mäter också läsbarheten (LIX under 40 för korta och mellanlånga texter
            på svenska). Se <a {...pageLink('content')}>texterna i alla längder</a>.
          </p>
        </>
      }
      en={
        <>
          <p>
            The stories should be easy to read, true and warm. Write as if you were talking to a
            neighbour who is curious about the municipality.
          </p>
          <ul>
            <li>
              <strong>Short sentences.</strong> One idea per sentence; aim for 15–20 words at most.
            </li>
            <li>
              <strong>Active voice.</strong> Say who does what: “The municipality builds”, not “It
              is being built”.
            </li>
            <li>
              <strong>We and you.</strong> “We” is the municipality and the partners together; “you”
              is the reader.
            </li>
            <li>
              <strong>Everyday words.</strong> Explain or replace jargon.
            </li>
            <li>
              <strong>Most important first.</strong> Start with what the reader needs.
            </li>
            <li>
              <strong>Only true statements.</strong> Every figure has a source. Never invent
              figures, quotes, people or events.
            </li>
            <li>
              <strong>Swedish first.</strong> Write in Swedish, then translate into English.
            </li>
          </ul>
          <h3>An example from the kit</h3>
          <blockquote className="sb-text-block">
            <p>{exampleEn}</p>
          </blockquote>
          <h3>Lengths</h3>
          <p>
            Short: at most 25 words. Medium: 40–90 words. Long: 150–350 words with subheadings. The
            kit&apos;s checks also measure readability (LIX below 40 for Swedish short and medium
            texts).
          </p>
        </>
      }
    />
  );
}

function DoDont({
  dos,
  donts,
  doTitle,
  dontTitle,
}: {
  dos: ReactNode[];
  donts: ReactNode[];
  doTitle: string;
  dontTitle: string;
}) {
  return (
    <div className="sb-dodont">
      <div className="sb-text-block">
        <h3>✓ {doTitle}</h3>
        <ul>
          {dos.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      </div>
      <div className="sb-text-block sb-dont">
        <h3>✗ {dontTitle}</h3>
        <ul>
          {donts.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** Do's and don'ts for partners using the kit. */
export function DosDontsPage() {
  return (
    <Bilingual
      title="Gör och gör inte / Do's and don'ts"
      sv={
        <>
          <h2>Texter och fakta</h2>
          <DoDont
            doTitle="Gör"
            dontTitle="Gör inte"
            dos={[
              'Använd texterna som de är, eller korta och anpassa dem.',
              'Ange källan när du använder en siffra.',
              `Skriv "${getCreditLine('sv')}".`,
              'Säg att Forskningsstation Bolmen ligger vid Bolmen, i Hylte kommun.',
            ]}
            donts={[
              'Hitta inte på siffror, citat, personer eller händelser.',
              'Ändra inte en siffra utan en ny källa.',
              'Skriv inte att Forskningsstation Bolmen ligger i Ljungby kommun.',
            ]}
          />
          <h2>Märke och färger</h2>
          <DoDont
            doTitle="Gör"
            dontTitle="Gör inte"
            dos={[
              `Visa samarbetet med raden "${getCollaboration('sv').partnerLine}".`,
              'Använd färgparen från kontrastlistan för text.',
              'Berätta att färgerna är ett förslag tills kommunens grafiska profil finns.',
            ]}
            donts={[
              'Använd inte kommunens logotyp eller kommunvapen, och rita inga egna varianter.',
              'Lägg inte text på färger som inte finns i kontrastlistan.',
              'Påstå inte att färgerna är kommunens officiella profil.',
            ]}
          />
          <h2>Kodsnutten</h2>
          <DoDont
            doTitle="Gör"
            dontTitle="Gör inte"
            dos={[
              'Hämta kodsnutten från byggaren, så får du rätt version och SRI-kontroll.',
              'Välj en rubriknivå som passar din sida.',
              'Låt länken inuti elementet vara kvar. Den syns om skriptet inte laddas.',
              'En skriptrad räcker för alla berättelser på sidan.',
            ]}
            donts={[
              'Ta inte bort attributet integrity från skriptraden.',
              'Ändra inte adressen till skriptet utan att byta hashen i integrity.',
            ]}
          />
          <p>
            Se även <a {...pageLink('colours')}>färgerna</a> och{' '}
            <a {...pageLink('builder')}>byggaren</a>.
          </p>
        </>
      }
      en={
        <DoDont
          doTitle="Do"
          dontTitle="Don't"
          dos={[
            'Use the texts as they are, or shorten and adapt them.',
            'Give the source when you use a figure.',
            `Write "${getCreditLine('en')}".`,
            `Show the collaboration with the line "${getCollaboration('en').partnerLine}".`,
            'Use the colour pairs from the contrast list for text.',
            'Get the snippet from the builder (exact version, SRI check) and keep the link inside the element.',
          ]}
          donts={[
            'Never invent figures, quotes, people or events, or change a figure without a new source.',
            'Do not say that Forskningsstation Bolmen is in Ljungby kommun (it is in Hylte kommun).',
            "Never use the municipality's logo or coat of arms, or draw versions of them.",
            "Do not present the colours as the municipality's official profile: they are a proposal.",
            'Do not remove the integrity attribute from the script line.',
          ]}
        />
      }
    />
  );
}

/** The kit's accessibility statement: the goal, what is tested and how, known limitations. */
export function AccessibilityPage() {
  return (
    <Bilingual
      title="Tillgänglighet / Accessibility"
      sv={
        <>
          <p className="sb-lead">
            Målet är att allt i kitet uppfyller WCAG 2.2 nivå AA, som är kravnivån i EN 301 549 och
            i lagen om tillgänglighet till digital offentlig service.
          </p>
          <h2>Det här testas automatiskt</h2>
          <ul>
            <li>
              Varje sida och varje komponentexempel på den här webbplatsen renderas i Chromium och
              kontrolleras med axe, i både ljust och mörkt läge. Ett enda fel stoppar bygget.
            </li>
            <li>
              Alla länkar mellan sidorna på webbplatsen kontrolleras, och webbplatsen testas från en
              undermapp.
            </li>
            <li>
              Alla färgpar i <a {...pageLink('colours')}>färglistan</a> testas mot kraven: 4,5:1 för
              text och 3:1 för stor text och gränssnitt, i ljust och mörkt läge och för varje
              fokusområde.
            </li>
            <li>
              Komponenterna testas i Chromium med axe och i 320 pixlars bredd. Diagrammet har en
              tabell som skärmläsare kan läsa.
            </li>
            <li>
              Widgeten för inbäddning testas på testsidor som liknar partnernas webbplatser, och
              sidan får inte hoppa när den laddas.
            </li>
          </ul>
          <h2>Så är kitet byggt</h2>
          <ul>
            <li>Vanlig HTML: rubriker i ordning, listor, tabeller och riktiga knappar.</li>
            <li>Du väljer rubriknivå, så att rubrikerna passar din sida.</li>
            <li>Synligt fokus, och allt fungerar med tangentbordet.</li>
            <li>Innehållet fungerar i 320 pixlars bredd och vid 200 % zoom.</li>
            <li>Rörelser stängs av när besökaren har valt minskad rörelse.</li>
            <li>Illustrationerna har alt-texter på svenska och engelska.</li>
          </ul>
          <h2>Kända begränsningar</h2>
          <ul>
            <li>
              Automatiska tester hittar bara en del av alla problem. Kitet har ännu inte granskats
              manuellt med skärmläsare av en extern granskare.
            </li>
            <li>
              Storybooks eget gränssnitt (menyn, verktygsfältet och tabellerna över props) kommer
              från Storybook och testas inte av oss.
            </li>
            <li>
              I Wix visas inklistrad HTML i en ram med fast höjd. Använd Wix anpassade element i
              stället (se <a {...pageLink('builder')}>byggaren</a>).
            </li>
            <li>
              Kodsnuttens platsreservering är mätt för en bred sida. På smala skärmar är alla fyra
              kort högre än reserveringen, så sidan under widgeten kan flytta sig när den laddas.
            </li>
            <li>Färgerna är ett förslag tills kommunens grafiska profil finns.</li>
          </ul>
          <h2>Hittar du ett fel?</h2>
          <p>
            Skriv ett ärende i kitets{' '}
            <a href="https://github.com/ljungby-kommun/berattarkit/issues">kodförråd på GitHub</a>.
          </p>
        </>
      }
      en={
        <>
          <p>
            The goal is that everything in the kit meets WCAG 2.2 level AA, the level required by EN
            301 549 and the Swedish law on accessible digital public services.
          </p>
          <h3>Tested automatically</h3>
          <ul>
            <li>
              Every page and every component example on this site renders in Chromium and is checked
              with axe, in light and in dark mode; a single violation fails the build.
            </li>
            <li>
              Every link between the site&apos;s pages is checked, with the site in a sub-folder.
            </li>
            <li>
              Every colour pair in the pairing list is tested: 4.5:1 for text, 3:1 for large text
              and interface parts, in light and dark and for every focus area.
            </li>
            <li>
              The components are tested in Chromium with axe and at 320 px; the chart has a table
              for screen readers.
            </li>
            <li>
              The embed widget is tested on pages that resemble partners&apos; sites, and must not
              shift the page when it loads.
            </li>
          </ul>
          <h3>Known limitations</h3>
          <ul>
            <li>
              Automated tests find only part of all problems. The kit has not yet been reviewed
              manually with screen readers by an external auditor.
            </li>
            <li>
              Storybook&apos;s own interface (the sidebar, toolbar and props tables) comes from
              Storybook and is not tested by us.
            </li>
            <li>
              Wix shows pasted HTML in a fixed-height frame; use Wix&apos;s custom element instead.
            </li>
            <li>
              The snippet&apos;s space reservation is measured for a wide page. On narrow screens
              the four cards are taller than it, so content below the widget can move as it loads.
            </li>
            <li>The colours are a proposal until the municipality&apos;s profile exists.</li>
          </ul>
          <p>
            Found a problem? Open an issue in the kit&apos;s{' '}
            <a href="https://github.com/ljungby-kommun/berattarkit/issues">GitHub repository</a>.
          </p>
        </>
      }
    />
  );
}

/** The privacy facts of the embed, from the package's own privacy.md. */
export function PrivacyPage() {
  const privacy = guide('privacy');
  return (
    <article className="sb-page">
      <h1>Integritet / Privacy</h1>
      <div lang="sv">
        <h2>{privacy?.title ?? 'Integritet'}</h2>
        <div dangerouslySetInnerHTML={{ __html: privacy?.sv ?? '' }} />
      </div>
      <section lang="en" className="sb-en" aria-labelledby="sb-english">
        <h2 id="sb-english">English</h2>
        <div dangerouslySetInnerHTML={{ __html: privacy?.en ?? '' }} />
      </section>
    </article>
  );
}
