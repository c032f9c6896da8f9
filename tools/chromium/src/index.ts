export { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from './launchChromium.js';
