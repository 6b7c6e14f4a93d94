import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeatureSchema } from '../../src/http/schemas.js';
import { ManifestError, parseManifest } from '../../src/cli/manifest.js';
import { generatedManifestSchema, MANIFEST_SCHEMA_PATH } from '../../scripts/gen-manifest-schema.js';
import { ROOT } from './helpers.js';

function issues(text: string, file = 'f.yaml') {
  try {
    parseManifest(text, file);
  } catch (e) {
    if (e instanceof ManifestError) return e.issues.map((i) => `${i.line}:${i.column} ${i.field}: ${i.message}`);
    throw e;
  }
  return [];
}

describe('feature manifests', () => {
  it('the committed JSON Schema is the one generated from the zod schema', () => {
    expect(readFileSync(MANIFEST_SCHEMA_PATH, 'utf8')).toBe(generatedManifestSchema());
    const schema = JSON.parse(generatedManifestSchema());
    const single = schema.anyOf[0];
    expect(single.required).toEqual(expect.arrayContaining(['id', 'owner', 'title']));
    expect(single.properties.capabilities.items.enum).toContain('private_messaging');
    expect(single.additionalProperties).toBe(false);
  });

  it('every example manifest parses, and each feature is a body the API schema accepts', () => {
    for (const name of ['help-centre-articles.yaml', 'direct-messages.yaml', 'community.yaml']) {
      const file = `examples/features/${name}`;
      for (const f of parseManifest(readFileSync(join(ROOT, file), 'utf8'), file)) {
        expect(FeatureSchema.safeParse(f.feature).success).toBe(true);
      }
    }
  });

  it('a multi-feature manifest: top-level owner, licence and context are defaults', () => {
    const [a, b] = parseManifest('owner: t\nlicence_id: L1\ncontext: { repo: r }\nfeatures:\n  - id: a\n    title: A\n  - id: b\n    owner: u\n    title: B\n    context: { team: z }\n', 'm.yaml');
    expect([a!.owner, a!.licence_id, a!.context, a!.line]).toEqual(['t', 'L1', { repo: 'r' }, 5]);
    expect([b!.owner, b!.context, b!.line]).toEqual(['u', { repo: 'r', team: 'z' }, 7]);
    expect(a!.feature).toEqual({ title: 'A', description: '', capabilities: [], sectors: [] });
  });

  it('JSON manifests work, with line numbers', () => {
    const text = '{\n  "id": "x",\n  "owner": "t",\n  "title": "私信",\n  "capabilities": ["private_messaging"]\n}\n';
    const [f] = parseManifest(text, 'x.json');
    expect(f!.locate({ field: 'capabilities', text: 'private_messaging', start: 0, end: 0 }).start_line).toBe(5);
    expect(issues('{\n  "id": "x",\n  "owner": "t",\n  "title": 5\n}', 'x.json')).toEqual(['4:12 title: Invalid input: expected string, received number']);
  });

  it('errors name the line and the field: missing, unknown, misspelt, impossible, duplicated', () => {
    expect(issues('id: a\nowner: t\n')).toEqual(['1:1 title: is required']);
    expect(issues('id: a\nowner: t\ntitle: x\ntitel: y\n')).toEqual([expect.stringMatching(/^4:1 titel: is not a manifest field \(did you mean "title"\?\)/)]);
    expect(issues('id: a\nowner: t\ntitle: x\nsectors: [newz]\n')).toEqual([expect.stringMatching(/^4:11 sectors\[0\]: "newz" is not a known code \(did you mean "news"\?\)/)]);
    expect(issues('id: a\nowner: t\ntitle: x\nlaunch_date: 2026-02-30\n')).toEqual(['4:14 launch_date: must be a real calendar date between 2000-01-01 and 2199-12-31']);
    expect(issues('features:\n  - id: a\n    title: x\n  - id: a\n    owner: t\n    title: y\n')).toEqual([
      '2:5 features[0].owner: is required (here or as a top-level owner)',
      '4:9 features[1].id: repeats the id of features[0]',
    ]);
    expect(issues('id: a\nid: b\n')).toEqual([expect.stringMatching(/^2:1 : not valid YAML: Map keys must be unique/)]);
    expect(issues('')).toEqual([expect.stringContaining('is empty')]);
    expect(issues('id: a b\nowner: t\ntitle: x\n')).toEqual([expect.stringMatching(/^1:5 id: must be 1 to 80 letters/)]);
  });

  it('evidence maps back to the line it came from, in literal, folded and quoted text', () => {
    const text = [
      'id: a', 'owner: t', 'title: "私信"', 'description: |', '  第一行没有', '  第二行有私信', '  第三行也有私信', 'capabilities:', '  - comments', '  - private_messaging', '',
    ].join('\n');
    const [f] = parseManifest(text, 'a.yaml');
    const desc = f!.feature.description;
    expect(f!.locate({ field: 'title', text: '私信', start: 0, end: 2 })).toEqual({ start_line: 3, end_line: 3, start_column: 9, end_column: 10 });
    expect(f!.locate({ field: 'description', text: '私信', start: desc.indexOf('私信'), end: 0 }).start_line).toBe(6);
    expect(f!.locate({ field: 'description', text: '私信', start: desc.lastIndexOf('私信'), end: 0 }).start_line).toBe(7);
    expect(f!.locate({ field: 'capabilities', text: 'private_messaging', start: 1, end: 2 }).start_line).toBe(10);
    expect(f!.locate({ field: 'sectors', text: 'news', start: 0, end: 4 }).start_line).toBe(1);
    // A span the source spells with escapes: the field's line.
    const [g] = parseManifest('id: a\nowner: t\ntitle: x\ndescription: "\\u79c1\\u4fe1"\n', 'g.yaml');
    expect(g!.locate({ field: 'description', text: '私信', start: 0, end: 2 }).start_line).toBe(4);
  });
});
