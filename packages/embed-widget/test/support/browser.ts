// The kit's one way to start Chromium (see tests/browser).
export { launchChromium as launch } from '@ljungby/test-browser';
