// Server-renders the four focus-area cards to out/index.html, with the kit's stylesheet copied
// next to it: the page looks right without any JavaScript in the browser. Uses React 18 on
// purpose, to prove that the components support it.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FocusAreaGrid, KitProvider } from '@ljungby/ui-components';
import { createElement as h, version } from 'react';
import { renderToString } from 'react-dom/server';

const body = renderToString(
  h(
    KitProvider,
    { as: 'main', locale: 'sv' },
    h('h1', null, 'Fokusområden'),
    h(FocusAreaGrid, { locale: 'sv' }),
  ),
);
const page = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fokusområden</title>
<link rel="stylesheet" href="styles.css">
</head>
<body>${body}</body>
</html>
`;

mkdirSync('out', { recursive: true });
writeFileSync('out/index.html', page);
copyFileSync(
  createRequire(import.meta.url).resolve('@ljungby/ui-components/styles.css'),
  'out/styles.css',
);
console.log(`rendered out/index.html with React ${version}`);
