export { codeServerSettings } from './codeServerSettings.js';
export { runCommand } from './runCommand.js';
