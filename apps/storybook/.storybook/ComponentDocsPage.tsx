import {
  Controls,
  Description,
  DocsContainer,
  Heading,
  Primary,
  Source,
  Stories,
  Subtitle,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import { useLayoutEffect, type ComponentProps } from 'react';
import { componentSummaries } from './component-summaries';

/** Where the code is: each component's folder in the repository. */
const codeUrl = (name: string) =>
  `https://github.com/ljungby-kommun/berattarkit/tree/main/packages/ui-components/src/${name}`;

/** The line a developer copies first: the component from the package root, and its CSS. */
export const importLine = (name: string) =>
  `import { ${name} } from '@ljungby/ui-components';\nimport '@ljungby/ui-components/styles.css';`;

/**
 * Storybook's autodocs page with the import line between the description and the first example,
 * so that no component page leaves a developer guessing where the component comes from.
 */
export function ComponentDocsPage() {
  const resolved = useOf('meta');
  const component = (resolved.type === 'meta' ? resolved.preparedMeta.component : undefined) as
    { displayName?: string; name?: string; __docgenInfo?: { displayName?: string } } | undefined;
  const name = component?.__docgenInfo?.displayName ?? component?.displayName ?? component?.name;
  // The page's own words (JSDoc, the props table) are English; its examples carry their own lang.
  useLayoutEffect(() => {
    document.documentElement.lang = 'en';
  }, []);
  return (
    <>
      <Title />
      {name && (
        <p lang="sv" className="lk-docs-summary">
          <strong>På svenska:</strong> {componentSummaries[name] ?? 'En av kitets komponenter.'}{' '}
          Resten av sidan är på engelska. Paketet: <code>@ljungby/ui-components</code> ·{' '}
          <a href={codeUrl(name)}>koden för {name}</a>
        </p>
      )}
      <Subtitle />
      <Description of="meta" />
      {name && (
        <>
          <Heading>Import</Heading>
          <Source language="tsx" code={importLine(name)} />
        </>
      )}
      <Primary />
      <Controls />
      <Stories />
    </>
  );
}

/** Storybook's docs container inside `<main>`, so that a docs page has its main landmark. */
export function DocsMain(props: ComponentProps<typeof DocsContainer>) {
  return (
    <main>
      <DocsContainer {...props} />
    </main>
  );
}
