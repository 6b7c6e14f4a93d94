import { sha256Hex } from '../engine/canonical.js';
import { CLIENT_JS } from './client.js';
import { labelTables } from './i18n.js';
import { CONSOLE_PATHS } from './page.js';
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
 * The console's static files by path. Node serves them from these strings (src/node.ts hands them to
 * createApp); the Worker leaves them out of its bundle and has Workers static assets serve the same
 * bytes, written by scripts/build-edge.mjs with the same headers.
 */
export const CONSOLE_FILES: ConsoleFiles = {
  [CONSOLE_PATHS.script]: SCRIPT,
  [CONSOLE_PATHS.styles]: STYLES,
  [CONSOLE_PATHS.icon]: ICON,
};

/** Static files by their path. */
export type ConsoleFiles = Readonly<Record<string, ConsoleAsset>>;
