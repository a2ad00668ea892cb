// A server component: the four cards and one story are rendered on the server, with no client
// JavaScript of the kit's own. Only the language switch below needs the client.
import { getCreditLine } from '@ljungby/focus-content';
import {
  FocusAreaGrid,
  FocusAreaStory,
  KitProvider,
  PartnerLine,
  VisionBanner,
} from '@ljungby/ui-components';
import { LanguageCard } from './language-card';

export default function Page() {
  return (
    <KitProvider locale="sv" as="main">
      <h1>Ljungby kommuns fokusområden</h1>
      <VisionBanner locale="sv" headingLevel={2} />
      <FocusAreaGrid locale="sv" headingLevel={2} title="Fyra fokusområden" />
      <FocusAreaStory area="vatten" locale="sv" headingLevel={2} />
      <LanguageCard />
      <PartnerLine locale="sv" />
      <p>{getCreditLine('sv')}</p>
    </KitProvider>
  );
}
