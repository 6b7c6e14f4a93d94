import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { useSigner, type AuditHost } from './context.js';
import { generateSigner, importSigner, type Signer } from './signing.js';

/**
 * Node only. Where CHECKPOINT_PRIVATE_KEY is unset and the log is a local file, the checkpoint key
 * is kept next to it (`<database dir>/checkpoint-key.pk8`, base64 PKCS#8, mode 0600), created on
 * first start, so checkpoints keep verifying across restarts. An in-memory or remote database gets
 * an ephemeral key (announced in the log). Call once at start-up, before the first checkpoint.
 */
export async function prepareCheckpointKey(services: AuditHost & { config: { checkpointKey?: string; databaseUrl: string } }): Promise<Signer> {
  const { config } = services;
  let signer: Signer;
  if (config.checkpointKey) {
    signer = await importSigner(config.checkpointKey, 'configured');
  } else {
    const url = config.databaseUrl;
    const path = url.startsWith('file:') && !url.includes(':memory:') ? join(dirname(url.slice('file:'.length)), 'checkpoint-key.pk8') : null;
    if (path && existsSync(path)) {
      signer = await importSigner(readFileSync(path, 'utf8').trim(), 'file');
    } else if (path) {
      const fresh = await generateSigner('file');
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, fresh.pkcs8 + '\n', { mode: 0o600, flag: 'wx' });
      chmodSync(path, 0o600);
      signer = fresh.signer;
    } else {
      signer = (await generateSigner('ephemeral')).signer;
    }
    console.log(JSON.stringify({
      level: signer.source === 'ephemeral' ? 'warn' : 'info',
      msg: signer.source === 'ephemeral'
        ? 'CHECKPOINT_PRIVATE_KEY is unset and the database is not a local file: checkpoints are signed with an ephemeral key generated at start-up and stop verifying after a restart'
        : `CHECKPOINT_PRIVATE_KEY is unset: checkpoints are signed with the key in ${path} (keep it secret; back it up with the database)`,
      key_id: signer.keyId,
    }));
  }
  useSigner(services, signer);
  return signer;
}
