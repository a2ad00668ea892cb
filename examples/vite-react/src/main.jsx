import '@ljungby/ui-components/styles.css';
import { FocusAreaGrid, KitProvider, PartnerLine } from '@ljungby/ui-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  return (
    <KitProvider as="main" locale="sv" colorScheme="auto">
      <h1>Ljungby kommuns fokusområden</h1>
      <FocusAreaGrid locale="sv" headingLevel={2} />
      <PartnerLine partner="Exempelföreningen" />
    </KitProvider>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
