// The classic script partners paste. Loading it twice must be harmless: the most reported embed
// bug is a second customElements.define throwing.
import { LjungbyStory, tagName } from './element';

if (!customElements.get(tagName)) customElements.define(tagName, LjungbyStory);
