/**
 * `npm run verify-log -- FILE --public-key KEY [--json]`: checks an NDJSON export of the decision
 * log (GET /v1/audit/export?format=ndjson) without the service: every entry's hash and link, the
 * Merkle root at every checkpoint, each checkpoint's Ed25519 signature with the key you trust, and
 * that no checkpoint signs more entries than the export holds. Reads the file line by line.
 *
 * KEY is the public key as raw base64, as a JWK, as the JSON of GET /v1/audit/public-key, or a path
 * to a file holding any of these. Repeat --public-key to trust several (a rotated key).
 *
 * Exit 0: the export verifies. 1: it does not (the first broken entry or checkpoint is named).
 * 2: usage (bad arguments, unreadable file or key, not an export).
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { EXPORT_FORMAT } from '../src/audit/export.js';
import { parsePublicKey, type PublicKey, type SignedCheckpoint } from '../src/audit/signing.js';
import { checkSignatures, exportedEntryHash, LogVerifier, type ExportedEntry, type StreamReport } from '../src/audit/verifier.js';

const USAGE = 'usage: npm run verify-log -- FILE --public-key KEY [--public-key KEY2] [--json]';

class UsageError extends Error {}

interface Outcome {
  ok: boolean;
  file: string;
  mode: 'whole' | 'filtered';
  entries: number;
  checkpoints: number;
  first_broken: { seq: number | null; id: string | null; reason: string; checkpoint?: number } | null;
  root_hash?: string | null;
  notes: string[];
}

async function main(argv: string[]): Promise<number> {
  let file: string | undefined;
  const keyArgs: string[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--public-key' || a === '-k') {
      const v = argv[++i];
      if (!v) throw new UsageError('--public-key needs a value');
      keyArgs.push(v);
    } else if (a.startsWith('--public-key=')) keyArgs.push(a.slice('--public-key='.length));
    else if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else throw new UsageError(`one file only (got ${file} and ${a})`);
  }
  if (!file) throw new UsageError('no export file given');
  if (!keyArgs.length) throw new UsageError('no --public-key given: signatures cannot be checked without the key you trust');
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const keys: PublicKey[] = [];
  for (const k of keyArgs) {
    const text = existsSync(k) ? readFileSync(k, 'utf8') : k;
    try {
      keys.push(await parsePublicKey(text));
    } catch (e) {
      throw new UsageError(`--public-key ${k.slice(0, 40)}: ${(e as Error).message}`);
    }
  }
  const out = await verifyFile(file, keys);
  if (json) console.log(JSON.stringify(out, null, 2));
  else report(out);
  return out.ok ? 0 : 1;
}

function report(o: Outcome) {
  if (o.ok) {
    console.log(`OK ${o.file}: ${o.entries} entries, ${o.checkpoints} checkpoint(s) verified (${o.mode}).`);
    if (o.root_hash) console.log(`   Merkle root over all entries: ${o.root_hash}`);
  } else {
    const b = o.first_broken!;
    const where = b.seq !== null ? `entry ${b.seq}${b.id ? ` (${b.id})` : ''}` : 'the export';
    console.log(`BROKEN ${o.file}: ${where}${b.checkpoint ? `, checkpoint #${b.checkpoint}` : ''}: ${b.reason}`);
  }
  for (const n of o.notes) console.log(`   note: ${n}`);
}

async function verifyFile(file: string, keys: PublicKey[]): Promise<Outcome> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let lineNo = 0;
  type Header = { format?: string; filtered?: boolean };
  type End = { entries?: number; checkpoints?: number };
  let header: Header | null = null;
  const cps: SignedCheckpoint[] = [];
  let verifier: LogVerifier | null = null;
  let filtered = false;
  let entries = 0;
  let end: End | null = null;
  let broken: Outcome['first_broken'] = null;
  const notes: string[] = [];
  // Filtered exports: each entry's own hash, and the links between consecutive entries.
  let prev: ExportedEntry | null = null;

  for await (const raw of lines) {
    lineNo++;
    if (!raw.trim()) continue;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      if (!header) throw new UsageError(`${file} is not an NDJSON export (line 1 is not JSON)`);
      broken ??= { seq: null, id: null, reason: `line ${lineNo} is not JSON` };
      break;
    }
    if (!header) {
      if (obj.type !== 'header' || obj.format !== EXPORT_FORMAT) throw new UsageError(`${file} is not a ${EXPORT_FORMAT} export (no header line)`);
      header = obj as Header;
      filtered = obj.filtered === true;
      continue;
    }
    if (end) {
      broken ??= { seq: null, id: null, reason: `line ${lineNo} follows the end line` };
      break;
    }
    if (obj.type === 'checkpoint') {
      if (verifier || entries) {
        broken ??= { seq: null, id: null, reason: `checkpoint on line ${lineNo} comes after entries (not the export's order)` };
        break;
      }
      cps.push(obj as unknown as SignedCheckpoint);
    } else if (obj.type === 'entry') {
      const e = obj as unknown as ExportedEntry;
      entries++;
      if (!filtered) {
        verifier ??= new LogVerifier({ fromSeq: 1, checkpoints: cps });
        if (!verifier.push(e)) break;
      } else if (!broken) {
        if (exportedEntryHash(e) !== e.entry_hash) broken = { seq: e.seq, id: e.id, reason: 'entry_hash does not match the entry\'s contents' };
        else if (prev && e.seq === prev.seq + 1 && e.prev_hash !== prev.entry_hash) broken = { seq: e.seq, id: e.id, reason: 'prev_hash does not match the previous entry\'s hash' };
        else if (prev && e.seq <= prev.seq) broken = { seq: e.seq, id: e.id, reason: `entry ${e.seq} is out of order or repeated` };
        prev = e;
        if (broken) break;
      }
    } else if (obj.type === 'end') {
      end = obj as End;
    } else {
      broken ??= { seq: null, id: null, reason: `line ${lineNo} has an unknown type ${JSON.stringify(obj.type)}` };
      break;
    }
  }
  if (!header) throw new UsageError(`${file} is empty`);
  const sigProblems = await checkSignatures(cps, keys);
  let stream: StreamReport | null = null;
  if (!filtered) {
    verifier ??= new LogVerifier({ fromSeq: 1, checkpoints: cps });
    stream = verifier.finish(sigProblems, cps.length);
    if (stream.first_broken) broken ??= stream.first_broken;
  } else {
    notes.push('a filtered export: each entry\'s hash and the links between consecutive entries were checked, and the checkpoints\' signatures; Merkle roots and truncation need a whole export');
    if (!broken && sigProblems.length) broken = { seq: null, id: null, reason: sigProblems[0]!.reason, checkpoint: sigProblems[0]!.id };
  }
  if (!broken && !end) broken = { seq: null, id: null, reason: 'the export is cut off: it has no end line' };
  if (!broken && end !== null && ((end as End).entries !== entries || (end as End).checkpoints !== cps.length)) {
    broken = { seq: null, id: null, reason: `the end line counts ${(end as End).entries} entries and ${(end as End).checkpoints} checkpoints, the file holds ${entries} and ${cps.length}` };
  }
  if (!cps.length) notes.push('the export holds no checkpoint: the chain was checked, but nothing signed vouches for it');
  return {
    ok: !broken, file, mode: filtered ? 'filtered' : 'whole', entries, checkpoints: cps.length, first_broken: broken,
    root_hash: stream?.root_hash ?? null, notes,
  };
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof UsageError) {
      if (e.message) console.error(`verify-log: ${e.message}`);
      console.error(USAGE);
      process.exit(2);
    }
    console.error(e);
    process.exit(2);
  },
);
