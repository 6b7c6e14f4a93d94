const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Random bytes drawn from the CSPRNG a block at a time (one call per 256 ids, not one per id). */
const POOL = new Uint8Array(4096);
let at = POOL.length;

/**
 * A time-sortable unique id with a prefix (`dec_01J…`): 48 bits of milliseconds and 80 random
 * bits in Crockford base32, in the manner of ULID.
 */
export function newId(prefix: string, now = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  if (at + 16 > POOL.length) {
    crypto.getRandomValues(POOL);
    at = 0;
  }
  let rand = '';
  for (let i = 0; i < 16; i++) rand += ALPHABET[POOL[at + i]! % 32];
  // Each byte is used once: the next id reads the next 16.
  at += 16;
  return `${prefix}_${time}${rand}`;
}
