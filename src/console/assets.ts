import { sha256Hex } from '../engine/canonical.js';
import { CLIENT_JS } from './client.js';
import { labelTables } from './i18n.js';
import { CONSOLE_CSS, CONSOLE_ICON } from './styles.js';

/** One static file of the console: its bytes, type and a strong ETag. */
export interface ConsoleAsset {
  body: string;
  type: string;
  etag: string;
}

const asset = (body: string, type: string): ConsoleAsset => ({ body, type, etag: `"${sha256Hex(body).slice(0, 32)}"` });

/** The browser script: the label tables, then the script itself. */
export const SCRIPT = asset(
  `const I18N = ${JSON.stringify(labelTables())};\n${CLIENT_JS}`,
  'text/javascript; charset=utf-8',
);
export const STYLES = asset(CONSOLE_CSS, 'text/css; charset=utf-8');
export const ICON = asset(CONSOLE_ICON, 'image/svg+xml');

/**
 * The console's Content-Security-Policy: its own script and styles only, JSON from this origin
 * only, nothing inline, no plugins, no framing, no <base> games, and Trusted Types required so
 * that no string can ever become markup or script (the script builds the DOM node by node).
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');
