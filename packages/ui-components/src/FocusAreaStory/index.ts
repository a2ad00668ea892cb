export { FocusAreaStory, type FocusAreaStoryProps } from './FocusAreaStory';
export type { StoryLength } from './markup';
