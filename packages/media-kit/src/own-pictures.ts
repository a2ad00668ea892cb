// A partner's own photo and logo, as drawImage draws them: placed and cropped (picture.ts) and,
// behind texts, under a panel whose opacity keeps every text's contrast (scrim.ts). Passed to
// drawImage by the browser entry's users (the template studio), so that the Node API, which
// draws only the kit's own subjects, stays within its size budget.
import { logoMarkup, photoMarkup, photoPlacement } from './picture.ts';
import { scrimFor } from './scrim.ts';

export const ownPictures = { photoPlacement, photoMarkup, logoMarkup, scrimFor };
export type OwnPictures = typeof ownPictures;
