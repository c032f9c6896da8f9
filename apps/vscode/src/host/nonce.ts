import { randomBytes } from 'node:crypto';

/** A fresh nonce for one webview render's Content-Security-Policy: 128 random bits, base64. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}
