import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';

/**
 * Ed25519 checkpoint signing through WebCrypto (`crypto.subtle`), the same on Node 20 and Workers.
 * The private key is configured as base64 PKCS#8 (CHECKPOINT_PRIVATE_KEY); the public key is
 * published as a JWK and as raw base64, and identified by `key_id` = first 16 hex digits of the
 * SHA-256 of the raw 32-byte public key.
 */

const ED25519 = { name: 'Ed25519' } as const;

/** A checkpoint's signed fields. */
export interface CheckpointBody {
  tree_size: number;
  root_hash: string;
  head_seq: number;
  head_hash: string;
  created_at: string;
  key_id: string;
}

/** A signed checkpoint, as stored, listed and exported. */
export interface SignedCheckpoint extends CheckpointBody {
  id: number;
  /** Base64 Ed25519 signature over `checkpointText(body)`. */
  signature: string;
}

/** The first line of every checkpoint text: names the log and the format version. */
export const CHECKPOINT_ORIGIN = 'scope-gate decision log checkpoint v1';

/**
 * The exact text a checkpoint's signature covers: one field a line, in this order, each line ended
 * by "\n". Hashes are lower-case hex. Anyone can rebuild it from the checkpoint's JSON fields.
 */
export function checkpointText(c: CheckpointBody): string {
  return [
    CHECKPOINT_ORIGIN,
    `tree_size ${c.tree_size}`,
    `root_hash ${c.root_hash}`,
    `head_seq ${c.head_seq}`,
    `head_hash ${c.head_hash}`,
    `created_at ${c.created_at}`,
    `key_id ${c.key_id}`,
  ].join('\n') + '\n';
}

/** WebCrypto's typings want an ArrayBuffer-backed view. */
const bytes = (u: Uint8Array): Uint8Array<ArrayBuffer> => (u.buffer instanceof ArrayBuffer ? u : new Uint8Array(u)) as Uint8Array<ArrayBuffer>;

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array {
  const clean = b64.trim().replace(/-/g, '+').replace(/_/g, '/').replace(/\s+/g, '');
  const bin = atob(clean + '='.repeat((4 - (clean.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The key id of a raw Ed25519 public key. */
export function keyIdOf(rawPublic: Uint8Array): string {
  return bytesToHex(sha256(rawPublic)).slice(0, 16);
}

/** A verifying key: what auditors hold. */
export interface PublicKey {
  keyId: string;
  raw: Uint8Array;
  key: CryptoKey;
}

/** The service's signing key. */
export interface Signer extends PublicKey {
  privateKey: CryptoKey;
  /** Where the key came from: configuration, a key file under ./data, or generated for this run. */
  source: 'configured' | 'file' | 'ephemeral';
}

/** Imports a raw 32-byte Ed25519 public key. */
export async function importPublicKey(raw: Uint8Array): Promise<PublicKey> {
  if (raw.length !== 32) throw new Error(`an Ed25519 public key is 32 bytes, not ${raw.length}`);
  const key = await crypto.subtle.importKey('raw', bytes(raw), ED25519, true, ['verify']);
  return { keyId: keyIdOf(raw), raw, key };
}

/**
 * Reads a public key given as raw base64 (32 bytes), as a JWK (`{"kty":"OKP","crv":"Ed25519","x":…}`),
 * or as the body of GET /v1/audit/public-key.
 */
export async function parsePublicKey(text: string): Promise<PublicKey> {
  const t = text.trim();
  if (t.startsWith('{')) {
    const j = JSON.parse(t) as { x?: string; jwk?: { x?: string }; raw?: string };
    const x = j.jwk?.x ?? j.x;
    if (x) return importPublicKey(fromBase64(x));
    if (j.raw) return importPublicKey(fromBase64(j.raw));
    throw new Error('the JSON holds no Ed25519 public key (x or raw)');
  }
  return importPublicKey(fromBase64(t));
}

/** Builds the signer from a base64 PKCS#8 Ed25519 private key. */
export async function importSigner(pkcs8Base64: string, source: Signer['source'] = 'configured'): Promise<Signer> {
  let privateKey: CryptoKey;
  try {
    privateKey = await crypto.subtle.importKey('pkcs8', bytes(fromBase64(pkcs8Base64)), ED25519, true, ['sign']);
  } catch (e) {
    throw new Error(`CHECKPOINT_PRIVATE_KEY is not a base64 PKCS#8 Ed25519 private key (${(e as Error).message})`);
  }
  const jwk = await crypto.subtle.exportKey('jwk', privateKey) as JsonWebKey;
  if (!jwk.x) throw new Error('CHECKPOINT_PRIVATE_KEY: cannot derive the public key');
  const pub = await importPublicKey(fromBase64(jwk.x));
  return { ...pub, privateKey, source };
}

/** A fresh Ed25519 key pair, as a signer and its base64 PKCS#8 private key. */
export async function generateSigner(source: Signer['source'] = 'ephemeral'): Promise<{ signer: Signer; pkcs8: string }> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = toBase64(new Uint8Array((await crypto.subtle.exportKey('pkcs8', pair.privateKey)) as ArrayBuffer));
  return { signer: await importSigner(pkcs8, source), pkcs8 };
}

/** Signs a checkpoint body. */
export async function signCheckpoint(signer: Signer, body: CheckpointBody): Promise<string> {
  const sig = await crypto.subtle.sign(ED25519, signer.privateKey, new TextEncoder().encode(checkpointText(body)));
  return toBase64(new Uint8Array(sig));
}

/** Checks a checkpoint's signature with a public key. False for a malformed signature. */
export async function verifyCheckpointSignature(key: PublicKey, c: CheckpointBody & { signature: string }): Promise<boolean> {
  let sig: Uint8Array;
  try {
    sig = fromBase64(c.signature);
  } catch {
    return false;
  }
  if (sig.length !== 64) return false;
  return crypto.subtle.verify(ED25519, key.key, bytes(sig), new TextEncoder().encode(checkpointText(c)));
}

/** The public key as GET /v1/audit/public-key serves it. */
export function publicKeyDocument(key: PublicKey) {
  const x = toBase64(key.raw).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return {
    key_id: key.keyId,
    algorithm: 'Ed25519' as const,
    raw: toBase64(key.raw),
    jwk: { kty: 'OKP' as const, crv: 'Ed25519' as const, x, kid: key.keyId, use: 'sig' as const, alg: 'EdDSA' as const },
    signed_text_format: checkpointText({ tree_size: 0, root_hash: '<hex>', head_seq: 0, head_hash: '<hex>', created_at: '<ISO 8601>', key_id: key.keyId }),
  };
}
