// One component from the package index and the Swedish content only.
import { getVision } from '@ljungby/focus-content/sv';
import { KeyFigure } from '@ljungby/ui-components';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const vision = getVision();
const fact = vision.facts[0];
createRoot(document.getElementById('root')).render(
  createElement(KeyFigure, {
    value: fact.value,
    label: fact.label,
    source: fact.source,
    locale: 'sv',
  }),
);
