import '@ljungby/design-tokens/css';
// The components' CSS from source, like their JS (main.ts aliases the package to src), so the
// two always match, also while the package's dist is being rebuilt.
import '../../../packages/ui-components/src/stories.css';
import './preview.css';
import { focusAreaIds, getFocusArea, isLocale } from '@ljungby/focus-content';
import type { Decorator, Preview, StoryContext } from '@storybook/react-vite';
import { ComponentDocsPage, DocsMain } from './ComponentDocsPage';

/** Whether the story takes a prop named `name` (from its args or from the props table). */
const takes = (context: StoryContext, name: string) =>
  name in context.args || name in context.argTypes;

// The toolbar's language and focus area reach every story: a story whose component takes
// `locale` (or `area`) gets the toolbar's choice as that arg. The default "as written" keeps
// each story's own args, so the English stories stay English in the test run and axe sees both
// languages.
const withToolbarArgs: Decorator = (Story, context) => {
  const { locale, focusArea } = context.globals as { locale?: string; focusArea?: string };
  const args = { ...context.args };
  if (isLocale(locale) && takes(context, 'locale')) args.locale = locale;
  if (focusArea && focusArea !== 'none' && takes(context, 'area') && args.area !== 'all') {
    args.area = focusArea;
  }
  return Story({ args });
};

// Every story renders inside the kit's own theming attributes, so that the toolbar's colour
// scheme and focus area reach stories exactly as they reach a partner's page. `lang` follows
// the story's language, so screen readers pronounce Swedish as Swedish.
const withKitAttributes: Decorator = (Story, context) => {
  const { colorScheme, focusArea, locale } = context.globals as {
    colorScheme?: string;
    focusArea?: string;
    locale?: string;
  };
  const argLocale = (context.args as { locale?: unknown }).locale;
  const lang = !takes(context, 'locale')
    ? 'sv'
    : isLocale(locale)
      ? locale
      : isLocale(argLocale)
        ? argLocale
        : 'sv';
  // A story shown on its own is the whole document: its language goes on <html>, not only on
  // the wrapper (iframe.html says "en"). On a docs page the page itself sets it.
  if (context.viewMode === 'story') document.documentElement.lang = lang;
  return (
    <div
      className="sb-kit-root"
      // On docs pages each story is a canvas among others, so it must not fill the viewport.
      data-view-mode={context.viewMode}
      lang={lang}
      data-color-scheme={colorScheme ?? 'light'}
      data-focus-area={focusArea && focusArea !== 'none' ? focusArea : undefined}
    >
      <Story />
    </div>
  );
};

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

// react-docgen-typescript hands over each @default as written in the JSDoc (`'sv'`, `3`, or a
// phrase), and Storybook wraps the string ones in a second pair of quotes (`"'sv'"`). Show them
// as the JSDoc writes them.
const defaultsAsWritten: ArgTypesEnhancer = ({ argTypes }) => {
  for (const argType of Object.values(argTypes)) {
    const defaultValue = argType.table?.defaultValue;
    if (typeof defaultValue?.summary === 'string' && /^".*"$/s.test(defaultValue.summary)) {
      try {
        defaultValue.summary = JSON.parse(defaultValue.summary) as string;
      } catch {
        // Not a JSON string after all: leave it as Storybook shows it.
      }
    }
  }
  return argTypes;
};

const preview: Preview = {
  argTypesEnhancers: [defaultsAsWritten],
  // The last decorator is the outermost: the args mapping runs inside the themed wrapper.
  decorators: [withToolbarArgs, withKitAttributes],
  globalTypes: {
    locale: {
      description: 'Språk / Language (the `locale` of every component)',
      toolbar: {
        title: 'Språk / Language',
        icon: 'globe',
        items: [
          { value: 'story', title: 'Som i berättelsen / As written' },
          { value: 'sv', title: 'Svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    colorScheme: {
      description: 'Colour scheme (data-color-scheme)',
      toolbar: {
        title: 'Colour scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Ljust / Light' },
          { value: 'dark', title: 'Mörkt / Dark' },
          { value: 'auto', title: 'Auto (system)' },
        ],
        dynamicTitle: true,
      },
    },
    focusArea: {
      description: 'Focus area (data-focus-area, and the `area` of every component)',
      toolbar: {
        title: 'Focus area',
        icon: 'paintbrush',
        items: [
          { value: 'none', title: 'Inget fokusområde / None' },
          ...focusAreaIds.map((id) => ({ value: id, title: getFocusArea(id).name })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'story',
    // The test run sets this to render every story once per scheme (see vitest.config.ts).
    colorScheme: (import.meta.env.STORYBOOK_TEST_COLOR_SCHEME as string | undefined) ?? 'light',
    focusArea: 'none',
  },
  parameters: {
    layout: 'fullscreen',
    // Zero axe violations is a gate: a story that breaks WCAG fails the test run.
    a11y: { test: 'error' },
    docs: {
      // Every component page shows its import line (see ComponentDocsPage).
      page: ComponentDocsPage,
      // Every docs page, MDX too, is the document's main landmark (axe: landmark-one-main, region).
      container: DocsMain,
      // The components' JSDoc ends with an @example in JSX, which react-docgen-typescript hands
      // over as a tag, apart from the description: show it under the description as code.
      extractComponentDescription: (component: unknown) => {
        const info = (
          component as
            { __docgenInfo?: { description?: string; tags?: { example?: string } } } | undefined
        )?.__docgenInfo;
        const example = info?.tags?.example?.trim();
        return `${info?.description ?? ''}${
          example ? `\n\n**Exempel / Example**\n\n\`\`\`tsx\n${example}\n\`\`\`\n` : ''
        }`;
      },
    },
    options: {
      storySort: {
        order: [
          'Kom igång',
          'Getting started',
          'Inbäddningen',
          'The embed',
          'Tokens',
          'Komponenter',
          '*',
        ],
      },
    },
  },
};

export default preview;
