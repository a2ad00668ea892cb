// The embed's reference, read from the package itself: its attributes and events from the
// Custom Elements Manifest it publishes, and the CSP lines from cspDirectives(). Nothing is
// copied here, so the page cannot drift from the element.
import manifest from '@ljungby/embed-widget/custom-elements.json';
import { cspDirectives } from '@ljungby/embed-widget';
import type { Locale } from '@ljungby/focus-content';

interface Member {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
const element = manifest.modules[0]?.declarations[0] as
  { attributes: Member[]; events: Member[] } | undefined;

const words = {
  sv: { attribute: 'attribut', event: 'händelse', values: 'värden', default: 'standard' },
  en: { attribute: 'attribute', event: 'event', values: 'values', default: 'default' },
} as const satisfies Record<Locale, Record<string, string>>;

/** The element's attributes: name, values, default and what it does (the manifest's English). */
export function EmbedAttributes({ lang }: { lang: Locale }) {
  const w = words[lang];
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{w.attribute}</th>
          <th scope="col">{w.values}</th>
          <th scope="col">{w.default}</th>
        </tr>
      </thead>
      <tbody>
        {element?.attributes.map((a) => (
          <tr key={a.name}>
            <th scope="row">
              <code>{a.name}</code>
            </th>
            <td>
              <code>{a.type?.text}</code>
              <br />
              <span lang="en">{a.description}</span>
            </td>
            <td>{a.default ? <code>{a.default}</code> : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The events the element sends, with what `detail` holds. */
export function EmbedEvents({ lang }: { lang: Locale }) {
  return (
    <ul>
      {element?.events.map((e) => (
        <li key={e.name}>
          <code>{e.name}</code> –{' '}
          <span lang={lang === 'en' ? undefined : 'en'}>{e.description}</span>
        </li>
      ))}
    </ul>
  );
}

/** The lines a strict Content Security Policy needs for the recommended snippet. */
export function EmbedCsp() {
  return (
    <pre>
      <code>
        {cspDirectives()
          .map((d) => `${d.name} ${d.sources.join(' ')};`)
          .join('\n')}
      </code>
    </pre>
  );
}
