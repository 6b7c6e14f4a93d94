const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

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
  const rnd = crypto.getRandomValues(new Uint8Array(16));
  let rand = '';
  for (let i = 0; i < 16; i++) rand += ALPHABET[rnd[i]! % 32];
  return `${prefix}_${time}${rand}`;
}
