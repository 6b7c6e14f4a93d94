import type { DecisionRow, ListFilter } from '../storage/log.js';
import { auditOf, type AuditHost } from './context.js';
import { toExported } from './service.js';
import { toBase64 } from './signing.js';
import { GENESIS, HASHED_KEYS } from './verifier.js';

/** The export's format name, in its header line. */
export const EXPORT_FORMAT = 'scope-gate-audit-export/1';

/** The filters an export takes: those of GET /v1/decisions, without paging. */
export type ExportFilter = Omit<ListFilter, 'limit' | 'beforeSeq' | 'afterSeq' | 'maxSeq' | 'order'>;

const PAGE = 500;

/** True when the filter selects a subset (the export then cannot be checked against checkpoint roots). */
export function isFiltered(f: ExportFilter): boolean {
  return Object.values(f).some((v) => v !== undefined && v !== '');
}

/**
 * Streams the log in chain order (seq ascending), one page of entries at a time, never the whole
 * log in memory. The export is a snapshot: entries up to the head when it started, and every
 * checkpoint made before that.
 *
 * NDJSON lines: a `header`, every `checkpoint`, each `entry` (the hashed columns exactly as stored,
 * `request`/`answer`/`masked` as their stored JSON text, plus `entry_hash`), and an `end` line
 * with the counts, so a cut-off file is detected. CSV: one row an entry, for spreadsheets.
 */
export function exportStream(host: AuditHost, filter: ExportFilter, format: 'ndjson' | 'csv'): ReadableStream<Uint8Array> {
  const a = auditOf(host);
  const enc = new TextEncoder();
  let state: 'start' | 'entries' | 'done' = 'start';
  let after = 0;
  let maxSeq = 0;
  let count = 0;
  let cpCount = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (state === 'start') {
          // Checkpoints first, then the head: every checkpoint read was made over a head at most
          // this one, so one signing more entries than the head exposes a truncation offline.
          const cps = format === 'csv' ? [] : await a.checkpoints.all();
          const head = await a.log.head();
          maxSeq = head?.seq ?? 0;
          if (format === 'csv') {
            controller.enqueue(enc.encode(CSV_COLUMNS.join(',') + '\r\n'));
          } else {
            cpCount = cps.length;
            let key: { key_id: string; raw: string } | null = null;
            try {
              const s = await a.signer();
              key = { key_id: s.keyId, raw: toBase64(s.raw) };
            } catch {
              key = null;
            }
            const header = {
              type: 'header', format: EXPORT_FORMAT, exported_at: host.clock().toISOString(), head: head ?? null,
              filtered: isFiltered(filter), filters: filter, genesis_hash: GENESIS,
              entry_hash: 'sha256(prev_hash + "\\n" + canonical JSON (RFC 8785) of the hashed fields)', hashed_fields: HASHED_KEYS,
              merkle: 'RFC 9162: leaf = sha256(0x00 || entry_hash bytes), node = sha256(0x01 || left || right); leaf i is seq i + 1',
              public_key_for_reference: key,
            };
            let text = JSON.stringify(header) + '\n';
            for (const c of cps) text += JSON.stringify({ type: 'checkpoint', ...c }) + '\n';
            controller.enqueue(enc.encode(text));
          }
          state = 'entries';
          return;
        }
        if (state === 'entries') {
          const rows = maxSeq === 0 ? [] : await a.log.list({ ...filter, afterSeq: after, maxSeq, order: 'asc', limit: PAGE });
          if (rows.length) {
            after = rows[rows.length - 1]!.seq;
            count += rows.length;
            const text = rows.map((r) => (format === 'csv' ? csvRow(r) : JSON.stringify({ type: 'entry', ...toExported(r) }) + '\n')).join('');
            controller.enqueue(enc.encode(text));
          }
          if (rows.length < PAGE) {
            if (format === 'ndjson') controller.enqueue(enc.encode(JSON.stringify({ type: 'end', entries: count, checkpoints: cpCount }) + '\n'));
            state = 'done';
            controller.close();
          }
        }
      } catch (e) {
        controller.error(e);
      }
    },
  });
}

export const CSV_COLUMNS = [
  'seq', 'id', 'created_at', 'verdict', 'categories', 'approvals', 'licence_id', 'licence_revision', 'ruleset_revision',
  'team', 'repo', 'requester', 'title', 'launch_date', 'masked', 'prev_hash', 'entry_hash',
] as const;

/** One CSV field: quoted when needed; text a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvField(value: unknown, text = false): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function codes(answer: string, key: 'categories' | 'approvals'): string {
  try {
    const list = (JSON.parse(answer) as Record<string, unknown>)[key];
    return Array.isArray(list) ? list.map((x) => (x as { code?: string }).code).filter(Boolean).join(';') : '';
  } catch {
    return '';
  }
}

function csvRow(r: DecisionRow): string {
  let masked = '';
  try {
    masked = (JSON.parse(r.masked) as string[]).join(';');
  } catch {
    masked = r.masked;
  }
  return [
    csvField(r.seq), csvField(r.id), csvField(r.createdAt), csvField(r.verdict), csvField(codes(r.answer, 'categories')),
    csvField(codes(r.answer, 'approvals')), csvField(r.licenceId, true), csvField(r.licenceRevision), csvField(r.rulesetRevision),
    csvField(r.team, true), csvField(r.repo, true), csvField(r.requester, true), csvField(r.title, true), csvField(r.launchDate),
    csvField(masked, true), csvField(r.prevHash), csvField(r.entryHash),
  ].join(',') + '\r\n';
}
