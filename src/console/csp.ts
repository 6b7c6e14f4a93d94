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
