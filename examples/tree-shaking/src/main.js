// One component, in Swedish only: @ljungby/ui-components/sv looks content up in one locale.
import { FocusAreaCard } from '@ljungby/ui-components/sv';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(
  createElement(FocusAreaCard, { area: 'vatten' }),
);
