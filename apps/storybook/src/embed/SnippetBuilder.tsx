import { getFocusAreas } from '@ljungby/focus-content';
import {
  contentBaseUrl,
  createSnippet,
  reservationCss,
  scriptUrl,
  sectionHeadingLevels,
  type Area,
  type ColorScheme,
  type Layout,
  type Locale as Language,
  type SectionHeadingLevel as HeadingLevel,
} from '@ljungby/embed-widget';
import { useEffect, useId, useRef, useState } from 'react';
import { CopyButton } from '../shared/CopyButton';
import { pageLink } from '../shared/links';
import { guide, guideAnchor, guideOrder } from './guides';

type Locale = 'sv' | 'en';

const words = {
  sv: {
    title: 'Bädda in berättelsen',
    intro:
      'Välj vad som ska visas. Förhandsvisningen och kodsnutten ändras direkt. Kopiera kodsnutten och klistra in den på din webbplats.',
    choose: 'Välj',
    area: 'Fokusområde',
    all: 'Alla fyra fokusområdena',
    layout: 'Layout',
    card: 'Kort – en kort text och en länk',
    story: 'Berättelse – hela texten med budskap, fakta och partner',
    lang: 'Språk',
    scheme: 'Färgschema',
    light: 'Ljust',
    dark: 'Mörkt',
    auto: 'Automatiskt – följer besökarens inställning',
    level: 'Rubriknivå',
    levelHelp:
      'Välj den nivå som passar där berättelsen står på din sida. Står den under en rubrik på nivå 2 (h2), välj 3.',
    strict: 'Min webbplats tillåter inte inline-stilar (sträng CSP)',
    preview: 'Förhandsvisning',
    previewHelp:
      'Förhandsvisningen kör samma skript som kodsnutten, men från den här webbplatsen i stället för från CDN:et.',
    snippet: 'Kodsnutten',
    snippetHelp:
      'Kodsnutten hämtar skriptet och texterna från npm:s publika CDN (jsDelivr). Skriptet har en exakt version och en SRI-kontroll (integrity), så webbläsaren kör bara rätt fil.',
    snippetWhat: 'kodsnutten',
    reservation: 'CSS för er egen stilmall',
    reservationHelp:
      'Utan inline-stilar saknar kodsnutten attributet style. Lägg den här regeln i webbplatsens stilmall, så att sidan inte hoppar när berättelsen laddas.',
    reservationWhat: 'CSS-regeln',
    csp: 'Sträng säkerhetspolicy (CSP)',
    cspHelp:
      'Har webbplatsen en Content Security Policy? Lägg då till de här raderna, annars visas bara reservlänken.',
    cspWhat: 'CSP-raderna',
    steps: 'Steg för steg',
    stepsHelp: 'Så klistrar du in kodsnutten på olika plattformar.',
    privacy: 'Integritet',
    privacyLink: 'Vad widgeten skickar, och vad den inte gör',
    other: 'In English',
  },
  en: {
    title: 'Embed the story',
    intro:
      'Choose what to show. The preview and the snippet change at once. Copy the snippet and paste it into your website.',
    choose: 'Choose',
    area: 'Focus area',
    all: 'All four focus areas',
    layout: 'Layout',
    card: 'Card – a short text and a link',
    story: 'Story – the whole text with key messages, facts and partners',
    lang: 'Language',
    scheme: 'Colour scheme',
    light: 'Light',
    dark: 'Dark',
    auto: "Automatic – follows the visitor's setting",
    level: 'Heading level',
    levelHelp:
      'Choose the level that fits where the story sits on your page. Under a level 2 heading (h2), choose 3.',
    strict: 'My site does not allow inline styles (strict CSP)',
    preview: 'Preview',
    previewHelp:
      'The preview runs the same script as the snippet, served by this site instead of the CDN.',
    snippet: 'The snippet',
    snippetHelp:
      'The snippet loads the script and the texts from the public npm CDN (jsDelivr). The script has an exact version and an SRI check (integrity), so the browser runs only the right file.',
    snippetWhat: 'the snippet',
    reservation: 'CSS for your own stylesheet',
    reservationHelp:
      "Without inline styles the snippet has no style attribute. Add this rule to your site's stylesheet so the page does not jump when the story loads.",
    reservationWhat: 'the CSS rule',
    csp: 'Strict security policy (CSP)',
    cspHelp:
      'Does your site send a Content Security Policy? Then add these lines, or only the fallback link shows.',
    cspWhat: 'the CSP lines',
    steps: 'Step by step',
    stepsHelp: 'How to paste the snippet on each platform (Swedish first, then English).',
    privacy: 'Privacy',
    privacyLink: 'What the widget sends, and what it does not',
    other: 'På svenska',
  },
} as const;

export interface BuilderChoices {
  area: Area;
  layout: Layout;
  lang: Language;
  colorScheme: ColorScheme;
  headingLevel: HeadingLevel;
  strictCsp: boolean;
}

export interface SnippetBuilderProps {
  /** Language of the builder itself. */
  locale?: Locale;
  /** Where the choices start (e.g. from the toolbar). */
  initial?: Partial<BuilderChoices>;
  /** The folder that holds embed/ and content/ (the site's static dirs). */
  assetBase?: string;
}

// One script element for the page, however often the builder re-renders: the widget defines
// <ljungby-story> once and renders every element it finds.
function loadWidget(assetBase: string) {
  if (document.querySelector('script[data-sb-embed]')) return;
  const script = document.createElement('script');
  script.src = `${assetBase}embed/embed.js`;
  script.dataset.sbEmbed = '';
  document.head.append(script);
}

/** The CSP lines a strict site needs: the CDN host of the script and of the texts. */
export function cspLines() {
  const scriptHost = new URL(scriptUrl).origin;
  const dataHost = new URL(contentBaseUrl).origin;
  return [`script-src 'self' ${scriptHost};`, `connect-src 'self' ${dataHost};`].join('\n');
}

function Radios<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: string; lang?: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="sb-field">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="sb-radio" lang={o.lang}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => {
              onChange(o.value);
            }}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The snippet builder: native form controls → a live preview that runs the real built embed.js,
 * the exact snippet from createSnippet() with a copy button, CSP help and the platform guides.
 */
export function SnippetBuilder({
  locale = 'sv',
  initial = {},
  assetBase = './',
}: SnippetBuilderProps) {
  const t = words[locale];
  const id = useId();
  const [choices, setChoices] = useState<BuilderChoices>({
    area: 'all',
    layout: 'card',
    lang: locale,
    colorScheme: 'light',
    headingLevel: 2,
    strictCsp: false,
    ...initial,
  });
  const set =
    <K extends keyof BuilderChoices>(key: K) =>
    (value: BuilderChoices[K]) => {
      setChoices((c) => ({ ...c, [key]: value }));
    };
  const options = {
    area: choices.area,
    layout: choices.layout,
    lang: choices.lang,
    colorScheme: choices.colorScheme,
    headingLevel: choices.headingLevel,
    reservation: choices.strictCsp ? ('none' as const) : ('stylesheet' as const),
  };
  const snippet = createSnippet(options);
  const css = reservationCss(options);

  // The preview is the snippet itself: its element (not its script line, which points at the
  // CDN) is parsed and placed in the page, with content-base pointing at the site's own copy
  // of the texts. React renders nothing inside the preview box, so it never fights the widget.
  const preview = useRef<HTMLDivElement>(null);
  useEffect(() => {
    loadWidget(assetBase);
    const template = document.createElement('template');
    template.innerHTML = snippet.slice(0, snippet.indexOf('<script'));
    const element = template.content.querySelector('ljungby-story');
    if (!element || !preview.current) return;
    element.setAttribute('content-base', `${assetBase}content`);
    preview.current.replaceChildren(element);
  }, [snippet, assetBase]);

  const areaNames = getFocusAreas(locale);
  return (
    <article className="sb-page sb-builder">
      <h1>{t.title}</h1>
      <p className="sb-lead">{t.intro}</p>
      <p>
        {locale === 'sv' ? (
          <a {...pageLink('builderEn')} lang="en">
            Snippet builder in English
          </a>
        ) : (
          <a {...pageLink('builder')} lang="sv">
            Byggaren på svenska
          </a>
        )}
      </p>
      <form
        className="sb-form"
        onSubmit={(e) => {
          e.preventDefault();
        }}
        aria-label={t.choose}
      >
        <div className="sb-field">
          <label htmlFor={`${id}-area`}>{t.area}</label>
          <select
            id={`${id}-area`}
            value={choices.area}
            onChange={(e) => {
              set('area')(e.target.value as Area);
            }}
          >
            <option value="all">{t.all}</option>
            {areaNames.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <Radios
          legend={t.layout}
          name={`${id}-layout`}
          value={choices.layout}
          options={[
            { value: 'card', label: t.card },
            { value: 'story', label: t.story },
          ]}
          onChange={set('layout')}
        />
        <Radios
          legend={t.lang}
          name={`${id}-lang`}
          value={choices.lang}
          options={[
            { value: 'sv', label: 'Svenska', lang: 'sv' },
            { value: 'en', label: 'English', lang: 'en' },
          ]}
          onChange={set('lang')}
        />
        <Radios
          legend={t.scheme}
          name={`${id}-scheme`}
          value={choices.colorScheme}
          options={[
            { value: 'light', label: t.light },
            { value: 'dark', label: t.dark },
            { value: 'auto', label: t.auto },
          ]}
          onChange={set('colorScheme')}
        />
        <div className="sb-field">
          <label htmlFor={`${id}-level`}>{t.level}</label>
          <p id={`${id}-level-help`} className="sb-meta">
            {t.levelHelp}
          </p>
          <select
            id={`${id}-level`}
            aria-describedby={`${id}-level-help`}
            value={choices.headingLevel}
            onChange={(e) => {
              set('headingLevel')(Number(e.target.value) as HeadingLevel);
            }}
          >
            {sectionHeadingLevels.map((n) => (
              <option key={n} value={n}>
                h{n}
              </option>
            ))}
          </select>
        </div>
        <div className="sb-field">
          <label className="sb-radio">
            <input
              type="checkbox"
              checked={choices.strictCsp}
              onChange={(e) => {
                set('strictCsp')(e.target.checked);
              }}
            />{' '}
            {t.strict}
          </label>
        </div>
      </form>

      <section aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`}>{t.preview}</h2>
        <p className="sb-meta">{t.previewHelp}</p>
        <div ref={preview} className="sb-preview" data-testid="embed-preview" />
      </section>

      <section aria-labelledby={`${id}-snippet`}>
        <h2 id={`${id}-snippet`}>{t.snippet}</h2>
        <p>{t.snippetHelp}</p>
        <pre className="sb-pre">
          <code data-testid="snippet">{snippet}</code>
        </pre>
        <CopyButton text={snippet} what={t.snippetWhat} locale={locale} />
        {choices.strictCsp && (
          <>
            <h3>{t.reservation}</h3>
            <p>{t.reservationHelp}</p>
            <pre className="sb-pre">
              <code>{css}</code>
            </pre>
            <CopyButton text={css} what={t.reservationWhat} locale={locale} />
          </>
        )}
      </section>

      <section aria-labelledby={`${id}-csp`}>
        <h2 id={`${id}-csp`}>{t.csp}</h2>
        <p>{t.cspHelp}</p>
        <pre className="sb-pre">
          <code>{cspLines()}</code>
        </pre>
        <CopyButton text={cspLines()} what={t.cspWhat} locale={locale} />
      </section>

      <section aria-labelledby={`${id}-steps`}>
        <h2 id={`${id}-steps`}>{t.steps}</h2>
        <p>{t.stepsHelp}</p>
        {guideOrder
          .filter((g) => g !== 'privacy')
          .map((g) => guide(g))
          .map(
            (g) =>
              g && (
                <section
                  key={g.id}
                  id={guideAnchor(g.id)}
                  className="sb-guide"
                  aria-labelledby={`${id}-guide-${g.id}`}
                >
                  <h3 id={`${id}-guide-${g.id}`}>{g.title}</h3>
                  <div
                    lang={locale}
                    dangerouslySetInnerHTML={{ __html: locale === 'en' ? g.en : g.sv }}
                  />
                  <details lang={locale === 'en' ? 'sv' : 'en'}>
                    <summary>
                      {t.other}: <span lang={locale}>{g.title}</span>
                    </summary>
                    <div dangerouslySetInnerHTML={{ __html: locale === 'en' ? g.sv : g.en }} />
                  </details>
                </section>
              ),
          )}
      </section>

      <section aria-labelledby={`${id}-privacy`}>
        <h2 id={`${id}-privacy`}>{t.privacy}</h2>
        <p>
          <a {...pageLink('privacy')}>{t.privacyLink}</a>
        </p>
      </section>
    </article>
  );
}
