import {
  blocksToMarkdown,
  blocksToPlainText,
  getCreditLine,
  getFocusArea,
  getPartners,
  getVision,
  type Fact,
  type FocusAreaId,
  type Locale,
  type Partner,
} from '@ljungby/focus-content';
import { CopyButton } from '../shared/CopyButton';
import { RichText } from '../shared/RichText';

// Every text on these pages is read from @ljungby/focus-content, never retyped: the package's
// build checks the facts and their sources, so this page cannot drift from what partners get.

const words = {
  sv: {
    language: 'På svenska',
    official: 'Kommunens formulering',
    source: 'Källa',
    tagline: 'Tagline (en rad)',
    short: 'Kort text (högst 25 ord)',
    medium: 'Mellanlång text (40–90 ord)',
    long: 'Lång text (150–350 ord)',
    longPlain: 'lång text som ren text',
    longMarkdown: 'Kopiera som Markdown',
    messages: 'Budskap',
    facts: 'Fakta med källor',
    checked: 'Kontrollerad',
    partners: 'Partner',
    credit: 'Ange upphovet',
    creditHelp: 'Skriv den här raden när du använder texterna (CC BY 4.0).',
    goal: 'Mål',
    population: 'Befolkning',
    year: 'År',
    inhabitants: 'Invånare',
    website: 'Webbplats',
    noWebsite: 'Ingen webbplats angiven',
  },
  en: {
    language: 'In English',
    official: "The municipality's wording",
    source: 'Source',
    tagline: 'Tagline (one line)',
    short: 'Short text (at most 25 words)',
    medium: 'Medium text (40–90 words)',
    long: 'Long text (150–350 words)',
    longPlain: 'long text as plain text',
    longMarkdown: 'Copy as Markdown',
    messages: 'Key messages',
    facts: 'Facts with sources',
    checked: 'Checked',
    partners: 'Partners',
    credit: 'Credit the source',
    creditHelp: 'Add this line when you use the texts (CC BY 4.0).',
    goal: 'Goal',
    population: 'Population',
    year: 'Year',
    inhabitants: 'Inhabitants',
    website: 'Website',
    noWebsite: 'No website given',
  },
} as const;

const languages = (locale?: Locale): Locale[] => (locale ? [locale] : ['sv', 'en']);

function CopyableText({ text, what, locale }: { text: string; what: string; locale: Locale }) {
  return (
    <div className="sb-text-block">
      <p>{text}</p>
      <CopyButton text={text} what={what} locale={locale} />
    </div>
  );
}

const factLine = (fact: Fact, locale: Locale) =>
  `${fact.value} ${fact.label} (${words[locale].source}: ${fact.source.title}, ${fact.source.url})`;

function Facts({ facts, locale }: { facts: Fact[]; locale: Locale }) {
  const t = words[locale];
  return (
    <ul className="sb-facts">
      {facts.map((fact) => (
        <li key={fact.id} className="sb-text-block">
          <p>
            <strong>{fact.value}</strong> {fact.label}
          </p>
          <p className="sb-meta">
            {t.source}: <a href={fact.source.url}>{fact.source.title}</a> · {t.checked}{' '}
            <time dateTime={fact.checked}>{fact.checked}</time>
          </p>
          <CopyButton
            text={factLine(fact, locale)}
            what={`${fact.value} ${fact.label}`}
            locale={locale}
          />
        </li>
      ))}
    </ul>
  );
}

function Partners({ partners, locale }: { partners: Partner[]; locale: Locale }) {
  const t = words[locale];
  return (
    <ul className="sb-facts">
      {partners.map((p) => (
        <li key={p.id} className="sb-text-block">
          <p>
            <strong>{p.name}</strong> ({p.kindLabel.toLowerCase()}). {p.description}
          </p>
          <p className="sb-meta">
            {p.website ? (
              <>
                {t.website}: <a href={p.website}>{p.website.replace(/^https:\/\/|\/$/g, '')}</a>
              </>
            ) : (
              t.noWebsite
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}

function Credit({ locale, level }: { locale: Locale; level: 'h3' | 'h4' }) {
  const t = words[locale];
  const H = level;
  const line = getCreditLine(locale);
  return (
    <section>
      <H>{t.credit}</H>
      <p>{t.creditHelp}</p>
      <CopyableText text={line} what={line} locale={locale} />
    </section>
  );
}

function AreaInLocale({ id, locale }: { id: FocusAreaId; locale: Locale }) {
  const t = words[locale];
  const area = getFocusArea(id, locale);
  const long = area.long;
  return (
    <section lang={locale} className={locale === 'en' ? 'sb-en' : undefined}>
      <h2>
        {area.name} – {t.language.toLowerCase()}
      </h2>
      <h3>{t.official}</h3>
      <blockquote lang="sv">
        <p>{area.official.original}</p>
      </blockquote>
      {locale === 'en' && <p>{area.official.text}</p>}
      <p className="sb-meta">
        {t.source}: <a href={area.official.source.url}>{area.official.source.title}</a>
      </p>
      <h3>{t.tagline}</h3>
      <CopyableText text={area.tagline} what={`${area.name}: ${t.tagline}`} locale={locale} />
      <h3>{t.short}</h3>
      <CopyableText text={area.summary.short} what={`${area.name}: ${t.short}`} locale={locale} />
      <h3>{t.medium}</h3>
      <CopyableText text={area.summary.medium} what={`${area.name}: ${t.medium}`} locale={locale} />
      <h3>{t.long}</h3>
      <div className="sb-text-block">
        <RichText blocks={long} headingOffset={1} />
        <p className="sb-copy-row">
          <CopyButton
            text={blocksToPlainText(long)}
            what={`${area.name}: ${t.longPlain}`}
            locale={locale}
          />{' '}
          <CopyButton
            text={blocksToMarkdown(long)}
            what={`${area.name}: ${t.longMarkdown}`}
            locale={locale}
          />
        </p>
      </div>
      <h3>{t.messages}</h3>
      <div className="sb-text-block">
        <ul>
          {area.keyMessages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
        <CopyButton
          text={area.keyMessages.join('\n')}
          what={`${area.name}: ${t.messages}`}
          locale={locale}
        />
      </div>
      <h3>{t.facts}</h3>
      <Facts facts={area.facts} locale={locale} />
      <h3>{t.partners}</h3>
      <Partners partners={area.partners} locale={locale} />
      <Credit locale={locale} level="h3" />
    </section>
  );
}

/** One focus area's texts in every length, its messages, facts and partners, per language. */
export function AreaContent({ area, locale }: { area: FocusAreaId; locale?: Locale }) {
  const title = getFocusArea(area, locale ?? 'sv').name;
  return (
    <article className="sb-page">
      <h1>{locale === 'en' ? `Content: ${title}` : `Innehåll: ${title}`}</h1>
      {languages(locale).map((l) => (
        <AreaInLocale key={l} id={area} locale={l} />
      ))}
    </article>
  );
}

/** The vision, its goal, the population behind it and the facts, per language. */
export function VisionContent({ locale }: { locale?: Locale }) {
  return (
    <article className="sb-page">
      <h1>{getVision(locale ?? 'sv').title}</h1>
      {languages(locale).map((l) => {
        const t = words[l];
        const v = getVision(l);
        return (
          <section key={l} lang={l} className={l === 'en' ? 'sb-en' : undefined}>
            <h2>
              {v.title} – {t.language.toLowerCase()}
            </h2>
            <CopyableText text={v.statement} what={v.statement} locale={l} />
            <h3>{t.goal}</h3>
            <CopyableText text={v.goal.label} what={v.goal.label} locale={l} />
            <h3>{t.short}</h3>
            <CopyableText text={v.summary.short} what={`${v.title}: ${t.short}`} locale={l} />
            <h3>{t.medium}</h3>
            <CopyableText text={v.summary.medium} what={`${v.title}: ${t.medium}`} locale={l} />
            <h3>{t.long}</h3>
            <div className="sb-text-block">
              <RichText blocks={v.long} headingOffset={1} />
              <p className="sb-copy-row">
                <CopyButton
                  text={blocksToPlainText(v.long)}
                  what={`${v.title}: ${t.longPlain}`}
                  locale={l}
                />{' '}
                <CopyButton
                  text={blocksToMarkdown(v.long)}
                  what={`${v.title}: ${t.longMarkdown}`}
                  locale={l}
                />
              </p>
            </div>
            <h3>{t.population}</h3>
            <table>
              <caption className="sb-visually-hidden">{v.population.label}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.year}</th>
                  <th scope="col">{t.inhabitants}</th>
                </tr>
              </thead>
              <tbody>
                {v.population.points.map((p) => (
                  <tr key={p.year}>
                    <th scope="row">{p.year}</th>
                    <td>{p.value.toLocaleString(l === 'sv' ? 'sv-SE' : 'en-GB')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="sb-meta">
              {t.source}: <a href={v.population.source.url}>{v.population.source.title}</a>
            </p>
            <h3>{t.facts}</h3>
            <Facts facts={v.facts} locale={l} />
            <Credit locale={l} level="h3" />
          </section>
        );
      })}
    </article>
  );
}

/** The seven partners named in the municipality's announcement, per language. */
export function PartnerContent({ locale }: { locale?: Locale }) {
  return (
    <article className="sb-page">
      <h1>{locale === 'en' ? 'Partners' : 'Partner'}</h1>
      {languages(locale).map((l) => (
        <section key={l} lang={l} className={l === 'en' ? 'sb-en' : undefined}>
          <h2>{words[l].language}</h2>
          <Partners partners={getPartners(l)} locale={l} />
        </section>
      ))}
    </article>
  );
}
