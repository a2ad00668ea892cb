export { VisionBanner, type VisionBannerProps } from './VisionBanner';
