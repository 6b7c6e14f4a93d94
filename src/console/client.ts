/**
 * The console's browser script, served as /console/app.js after a first line that defines
 * `I18N` (the label tables of ./i18n.ts). Plain JavaScript for current browsers: no framework,
 * no bundler, nothing fetched but this service's own JSON API. It never uses innerHTML (the page
 * runs with Trusted Types required), so text from the log can only ever be text.
 *
 * Kept as a string so that the same bytes are served on Node and on Workers without a file
 * system; written without template literals so that it can sit inside String.raw.
 */
export const CLIENT_JS = String.raw`
'use strict';
const TOKEN_KEY = 'scope-gate.console.token';
const LANG_KEY = 'scope-gate.console.lang';
const VERDICTS = ['allowed', 'rejected', 'needs_review'];
const PAGE_SIZE = 25;
const $ = (id) => document.getElementById(id);

const state = {
  token: null, canSubmit: false, canRead: false, role: null, lang: 'zh', view: null,
  filters: {}, cursor: null, nextCursor: null, items: [], stats: null,
  lastTry: null, detail: null, rerenders: [], logLoaded: false, chain: null, latestCheckpoint: null,
};

// ---------- language ----------
function t(key) {
  const d = I18N[state.lang];
  return (d && d[key] != null) ? d[key] : (I18N.en[key] != null ? I18N.en[key] : key);
}
function fmt(key, vars) {
  return t(key).replace(/\{(\w+)\}/g, function (m, k) { return vars && vars[k] != null ? String(vars[k]) : m; });
}
function applyLang() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll('[data-i18n]').forEach(function (node) {
    node.textContent = (node.getAttribute('data-i18n-prefix') || '') + t(node.getAttribute('data-i18n'));
  });
  document.querySelectorAll('[data-i18n-aria-label]').forEach(function (node) {
    node.setAttribute('aria-label', t(node.getAttribute('data-i18n-aria-label')));
  });
  $('lang-toggle').setAttribute('lang', state.lang === 'zh' ? 'en' : 'zh-CN');
  renderWhoami();
  rerenderAll();
}
function setLang(lang) {
  state.lang = lang;
  try { localStorage.setItem(LANG_KEY, lang); } catch (e) { /* private mode */ }
  applyLang();
}
function initialLang() {
  let saved = null;
  try { saved = localStorage.getItem(LANG_KEY); } catch (e) { /* private mode */ }
  if (saved === 'zh' || saved === 'en') return saved;
  const langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'zh'];
  for (const l of langs) {
    const tag = String(l).toLowerCase();
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

// ---------- DOM helpers: nodes only, never markup from strings ----------
function h(tag, attrs) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const k of Object.keys(attrs)) {
      const v = attrs[k];
      if (v == null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else if (k === 'onclick') node.addEventListener('click', v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (let i = 2; i < arguments.length; i++) append(node, arguments[i]);
  return node;
}
// Replaces a node's children with the given nodes, strings or (nested) arrays of them.
function fill(node) {
  node.replaceChildren();
  for (let i = 1; i < arguments.length; i++) append(node, arguments[i]);
  return node;
}
function append(node, child) {
  if (child == null || child === false) return;
  if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
  node.append(child instanceof Node ? child : String(child));
}
const SVG_NS = 'http://www.w3.org/2000/svg';
function s(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const k of Object.keys(attrs || {})) node.setAttribute(k, String(attrs[k]));
  for (let i = 2; i < arguments.length; i++) append(node, arguments[i]);
  return node;
}
function setStatus(id, text, isError) {
  const node = $(id);
  node.textContent = text || '';
  node.classList.toggle('error', !!isError);
}
function shortHash(x) { return x ? String(x).slice(0, 16) + '…' : ''; }
function localTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (isNaN(d.getTime())) return String(iso);
  return d.toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}
// Views re-render from their data when the language changes.
function rerenderAll() { state.rerenders.forEach(function (f) { f(); }); }
function keepRendered(key, f) {
  state.rerenders = state.rerenders.filter(function (r) { return r.key !== key; });
  const r = function () { f(); };
  r.key = key;
  state.rerenders.push(r);
  f();
}

// ---------- the API ----------
async function api(path, opts) {
  opts = opts || {};
  const headers = { 'Accept-Language': state.lang === 'zh' ? 'zh-CN' : 'en', 'Authorization': 'Bearer ' + state.token };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (opts.headers) Object.assign(headers, opts.headers);
  let res;
  try {
    res = await fetch(path, {
      method: opts.method || 'GET', headers: headers, cache: 'no-store', credentials: 'omit', redirect: 'error',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch (e) {
    return { ok: false, status: 0, data: null, problem: { detail: t('err.network') } };
  }
  if (res.status === 401 && !opts.probe && state.token) {
    signOut(t('err.expired'));
    return { ok: false, status: 401, data: null, problem: { detail: t('err.expired') } };
  }
  if (opts.raw && res.ok) return { ok: true, status: res.status, res: res };
  let data = null;
  if (/json/.test(res.headers.get('content-type') || '')) {
    try { data = await res.json(); } catch (e) { data = null; }
  }
  return { ok: res.ok, status: res.status, data: data, problem: res.ok ? null : (data || { detail: res.status + ' ' + res.statusText }) };
}
// A 404 from the router (no such route on this deployment) rather than from a route.
function noRoute(r) { return r.status === 404 && r.problem && !r.problem.field && /^No route /.test(r.problem.detail || ''); }
function problemText(p) {
  if (!p) return '';
  let text = p.detail || p.title || '';
  if (p.errors && p.errors.length) text += ' (' + p.errors.map(function (e) { return e.field + ': ' + e.message; }).join('; ') + ')';
  return text;
}

// ---------- signing in ----------
async function signIn(token, quiet) {
  state.token = token;
  if (!quiet) setStatus('signin-status', t('signin.checking'));
  // What the key may do, asked of the API itself: reading the log (GET) and deciding (a POST
  // with an empty body: 422 for a key that may decide, 403 for one that may not; nothing is logged).
  const probes = await Promise.all([
    api('/v1/decisions?limit=1', { probe: true }),
    api('/v1/decisions', { method: 'POST', body: {}, probe: true }),
  ]);
  const read = probes[0], write = probes[1];
  if (read.status === 401 || write.status === 401) {
    state.token = null;
    try { sessionStorage.removeItem(TOKEN_KEY); } catch (e) { /* ignore */ }
    setStatus('signin-status', t('signin.bad'), true);
    $('token').setAttribute('aria-invalid', 'true');
    return;
  }
  state.canRead = read.status === 200;
  state.canSubmit = write.status === 422 || write.status === 400;
  if (!state.canRead && !state.canSubmit) {
    state.token = null;
    const p = [read, write].find(function (r) { return r.status !== 403; });
    setStatus('signin-status', p ? problemText(p.problem) : t('signin.norole'), true);
    return;
  }
  state.role = state.canRead && state.canSubmit ? 'admin' : state.canRead ? 'auditor' : 'submitter';
  try { sessionStorage.setItem(TOKEN_KEY, token); } catch (e) { /* the key then lasts this page only */ }
  $('token').value = '';
  $('token').removeAttribute('aria-invalid');
  setStatus('signin-status', '');
  $('signin').hidden = true;
  $('signout').hidden = false;
  $('views').hidden = false;
  $('nav-try').hidden = !state.canSubmit;
  $('nav-log').hidden = !state.canRead;
  renderWhoami();
  show(state.canSubmit ? 'try' : 'log', !quiet);
}
function renderWhoami() {
  $('whoami').textContent = state.role ? fmt('signed.as', { role: t('role.' + state.role) }) : '';
}
function signOut(message) {
  state.token = null; state.role = null; state.canRead = false; state.canSubmit = false; state.view = null;
  state.items = []; state.detail = null; state.lastTry = null; state.stats = null; state.rerenders = [];
  state.logLoaded = false; state.filters = {}; state.chain = null; state.latestCheckpoint = null; publicKeyDoc = null;
  $('filter-form').reset(); $('log-detail').hidden = true; $('log-list').hidden = false;
  try { sessionStorage.removeItem(TOKEN_KEY); } catch (e) { /* ignore */ }
  ['try-result', 'log-rows', 'detail-body', 'chart'].forEach(function (id) { fill($(id)); });
  ['try-status', 'log-status', 'chain-status', 'chain-checkpoint', 'chart-note', 'export-status'].forEach(function (id) { setStatus(id, ''); });
  $('try-form').reset();
  $('views').hidden = true;
  $('view-try').hidden = true;
  $('view-log').hidden = true;
  $('signout').hidden = true;
  $('signin').hidden = false;
  renderWhoami();
  setStatus('signin-status', message || t('signed.out'), !!message);
  $('token').focus();
}

// ---------- views ----------
function show(view, focus) {
  state.view = view;
  $('view-try').hidden = view !== 'try';
  $('view-log').hidden = view !== 'log';
  ['try', 'log'].forEach(function (v) {
    const b = $('nav-' + v);
    if (v === view) b.setAttribute('aria-current', 'page'); else b.removeAttribute('aria-current');
  });
  if (view === 'log' && !state.logLoaded) {
    state.logLoaded = true;
    loadChain();
    loadPage(null);
    loadStats();
  }
  if (focus) $(view === 'try' ? 'try-h' : 'log-h').focus();
}

// ---------- evidence, highlighted ----------
// Every evidence span of a decision, with what it is evidence of. Offsets are UTF-16 code units
// into the field (as JavaScript strings count), end exclusive.
function spansOf(d) {
  const out = [];
  (d.categories || []).forEach(function (c) {
    const name = c.code + ' ' + c.name + ' (' + t(c.covered ? 'r.covered' : 'r.notcovered') + ')';
    (c.evidence || []).forEach(function (e) { out.push({ ev: e, label: name, tone: c.covered ? 'ok' : 'bad' }); });
  });
  (d.approvals || []).forEach(function (a) {
    const name = t('r.approval') + ': ' + a.name + ' (' + a.code + ')';
    (a.evidence || []).forEach(function (e) { out.push({ ev: e, label: name, tone: 'warn' }); });
  });
  (d.reasons || []).forEach(function (r) {
    const name = t('kind.' + r.kind) + ' ' + r.clause + (r.subject ? ' (' + r.subject + ')' : '');
    (r.evidence || []).forEach(function (e) { out.push({ ev: e, label: name, tone: r.kind === 'uncertain' ? 'warn' : 'bad' }); });
  });
  return out;
}
// Where a span sits in the text: its offsets when they hold, else the first place its text occurs.
function locate(text, ev) {
  if (typeof ev.start === 'number' && typeof ev.end === 'number' && ev.start >= 0 && ev.end <= text.length && ev.start < ev.end
      && (!ev.text || text.slice(ev.start, ev.end) === ev.text)) return [ev.start, ev.end];
  if (ev.text) {
    const i = text.indexOf(ev.text);
    if (i >= 0) return [i, i + ev.text.length];
  }
  return null;
}
const TONE_RANK = { bad: 3, warn: 2, ok: 1 };
function highlighted(text, field, spans, cls) {
  const box = h('div', { class: 'quoted ' + (cls || ''), 'data-field': field });
  const mine = [];
  spans.forEach(function (sp) {
    if (sp.ev.field !== field) return;
    const at = locate(text, sp.ev);
    if (at) mine.push({ start: at[0], end: at[1], label: sp.label, tone: sp.tone });
  });
  const cuts = [0, text.length];
  mine.forEach(function (m) { cuts.push(m.start, m.end); });
  const points = Array.from(new Set(cuts)).sort(function (a, b) { return a - b; });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const over = mine.filter(function (m) { return m.start <= a && m.end >= b; });
    if (!over.length) { box.append(piece); continue; }
    const labels = Array.from(new Set(over.map(function (m) { return m.label; })));
    const tone = over.map(function (m) { return m.tone; }).sort(function (x, y) { return TONE_RANK[y] - TONE_RANK[x]; })[0];
    box.append(h('mark', { class: tone, title: labels.join('; '), tabindex: 0, 'aria-label': piece + ': ' + labels.join('; ') }, piece));
  }
  if (!text) box.append(h('span', { class: 'help', text: t('r.none') }));
  return box;
}
function declaredChips(codes, field, spans, prefix) {
  if (!codes || !codes.length) return null;
  return h('div', { class: 'chips' }, codes.map(function (code) {
    const hits = spans.filter(function (sp) { return sp.ev.field === field && (sp.ev.text === code || String(sp.ev.text || '').indexOf(code) >= 0); });
    const name = t(prefix + '.' + code);
    if (!hits.length) return h('span', { class: 'chip' }, name + ' ', h('code', { text: code }));
    const labels = Array.from(new Set(hits.map(function (x) { return x.label; })));
    const tone = hits.map(function (x) { return x.tone; }).sort(function (x, y) { return TONE_RANK[y] - TONE_RANK[x]; })[0];
    return h('mark', { class: 'chip ' + tone, title: labels.join('; '), tabindex: 0 }, name + ' ', h('code', { text: code }));
  }));
}

// ---------- a decision ----------
function verdictBanner(d) {
  return h('div', { class: 'verdict ' + d.verdict, role: 'status' },
    h('p', { class: 'word', 'data-verdict': d.verdict, text: t('verdict.' + d.verdict) }),
    h('p', { text: t('verdict.' + d.verdict + '.help') }));
}
function section(titleKey, body) {
  return h('section', { class: 'card' }, h('h3', { text: t(titleKey) }), body);
}
function listOrNone(items, render) {
  if (!items || !items.length) return h('p', { class: 'help', text: t('r.none') });
  return h('ul', { class: 'plain' }, items.map(function (x) { return h('li', null, render(x)); }));
}
// The answer: verdict, highlighted evidence, categories, reasons with verbatim clauses, approvals,
// obligations, warnings, and the decision's identity.
function renderDecision(d, feature, opts) {
  const spans = spansOf(d);
  const f = feature || {};
  const out = [verdictBanner(d)];
  out.push(section('r.evidence', [
    h('p', { class: 'help small', text: t('r.evidence.help') }),
    h('p', { class: 'small', text: t('r.title') }),
    highlighted(f.title || '', 'title', spans, 'title'),
    h('p', { class: 'small', text: t('r.description') }),
    highlighted(f.description || '', 'description', spans),
    (f.capabilities && f.capabilities.length) ? [h('p', { class: 'small', text: t('f.capabilities') }), declaredChips(f.capabilities, 'capabilities', spans, 'cap')] : null,
    (f.sectors && f.sectors.length) ? [h('p', { class: 'small', text: t('f.sectors') }), declaredChips(f.sectors, 'sectors', spans, 'sec')] : null,
  ]));
  out.push(section('r.categories', listOrNone(d.categories, function (c) {
    return [h('strong', { text: c.code + ' ' + c.name }), ' ',
      h('span', { class: 'badge ' + (c.covered ? 'allowed' : 'rejected'), text: t(c.covered ? 'r.covered' : 'r.notcovered') })];
  })));
  out.push(section('r.reasons', listOrNone(d.reasons, function (r) {
    return [
      h('p', null, h('span', { class: 'badge ' + (r.kind === 'uncertain' ? 'needs_review' : 'rejected'), text: t('kind.' + r.kind) }), ' ', r.message),
      h('p', { class: 'small' }, t('r.clause') + ' ', h('strong', { text: r.clause })),
      h('blockquote', { class: 'clause', text: r.clause_text }),
    ];
  })));
  out.push(section('r.approvals', listOrNone(d.approvals, function (a) {
    return [h('strong', { text: a.name }), ' ', h('code', { text: a.code }), h('br'), h('span', { class: 'small help', text: a.authority })];
  })));
  out.push(section('r.obligations', listOrNone(d.obligations, function (o) {
    return [h('p', { class: 'small' }, t('r.clause') + ' ', h('strong', { text: o.clause }), o.applies_because ? ' — ' + o.applies_because : ''),
      h('blockquote', { text: o.text })];
  })));
  out.push(section('r.warnings', listOrNone(d.warnings, function (w) {
    return [h('code', { text: w.code }), ' ', w.message, w.due ? ' (' + w.due + ')' : ''];
  })));
  const facts = h('dl', { class: 'kv' },
    h('dt', { text: t('r.id') }), h('dd', null, h('code', { class: 'decision-id', text: d.id })),
    h('dt', { text: t('r.created') }), h('dd', { text: localTime(d.created_at) + ' (' + d.created_at + ')' }),
    d.licence ? [h('dt', { text: t('r.licence') }), h('dd', null, d.licence.id + ' ', h('code', { class: 'mono', text: shortHash(d.licence.revision) }))] : null,
    d.ruleset ? [h('dt', { text: t('r.ruleset') }), h('dd', null, d.ruleset.id + ' ', h('code', { class: 'mono', text: shortHash(d.ruleset.revision) }))] : null);
  out.push(h('section', { class: 'card' }, facts,
    opts && opts.openInLog ? h('p', null, h('button', { type: 'button', class: 'link', text: t('r.open'), onclick: function () { show('log'); openDetail(d.id); } })) : null));
  return out;
}

// ---------- trying a feature ----------
function featureFromForm() {
  const form = $('try-form');
  const checked = function (name) {
    return Array.from(form.querySelectorAll('input[name="' + name + '"]:checked')).map(function (i) { return i.value; });
  };
  const body = { feature: { title: $('f-title').value, description: $('f-description').value, capabilities: checked('capabilities'), sectors: checked('sectors') } };
  if ($('f-launch').value) body.feature.launch_date = $('f-launch').value;
  const context = {};
  if ($('f-team').value.trim()) context.team = $('f-team').value.trim();
  if ($('f-repo').value.trim()) context.repo = $('f-repo').value.trim();
  if (Object.keys(context).length) body.context = context;
  return body;
}
function randomKey() {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return 'console-' + Array.from(b, function (x) { return x.toString(16).padStart(2, '0'); }).join('');
}
const FIELD_INPUTS = { 'feature.title': 'f-title', 'feature.description': 'f-description', 'feature.launch_date': 'f-launch', 'context.team': 'f-team', 'context.repo': 'f-repo' };
async function tryFeature(ev) {
  ev.preventDefault();
  const form = $('try-form');
  form.querySelectorAll('[aria-invalid]').forEach(function (n) { n.removeAttribute('aria-invalid'); });
  if (!$('f-title').value.trim()) {
    $('f-title').setAttribute('aria-invalid', 'true');
    setStatus('try-status', problemText({ detail: t('f.title'), errors: [{ field: 'feature.title', message: '1..200' }] }), true);
    $('f-title').focus();
    return;
  }
  const body = featureFromForm();
  $('try-submit').disabled = true;
  setStatus('try-status', t('try.sending'));
  // One key per submission: a retried request (a flaky network) replays instead of logging twice.
  const r = await api('/v1/decisions', { method: 'POST', body: body, headers: { 'Idempotency-Key': randomKey() } });
  $('try-submit').disabled = false;
  if (!r.ok) {
    if (r.status === 401) return;
    setStatus('try-status', fmt('problem', { detail: problemText(r.problem) }), true);
    const errs = (r.problem && r.problem.errors) || [];
    errs.forEach(function (e) { const id = FIELD_INPUTS[e.field]; if (id) $(id).setAttribute('aria-invalid', 'true'); });
    const first = errs.map(function (e) { return FIELD_INPUTS[e.field]; }).find(Boolean);
    if (first) $(first).focus();
    return;
  }
  setStatus('try-status', '');
  state.lastTry = { decision: r.data, feature: body.feature };
  keepRendered('try', function () {
    if (!state.lastTry) return;
    fill($('try-result'), h('h2', { id: 'result-h', tabindex: -1, text: t('verdict.' + state.lastTry.decision.verdict) + ' — ' + state.lastTry.feature.title }),
      renderDecision(state.lastTry.decision, state.lastTry.feature, { openInLog: state.canRead }));
  });
  $('result-h').focus();
}

// ---------- the log ----------
function filtersFromForm() {
  const f = {};
  ['verdict', 'category', 'approval', 'team', 'repo', 'q', 'from', 'to'].forEach(function (name) {
    const v = $('q-' + name).value.trim();
    if (v) f[name] = v;
  });
  return f;
}
function query(params) {
  const q = new URLSearchParams();
  Object.keys(params).forEach(function (k) { if (params[k] != null && params[k] !== '') q.set(k, params[k]); });
  const text = q.toString();
  return text ? '?' + text : '';
}
async function loadPage(cursor) {
  state.cursor = cursor;
  setStatus('log-status', t('table.loading'));
  $('page-next').disabled = true;
  const params = Object.assign({}, state.filters, { limit: PAGE_SIZE });
  if (cursor) params.cursor = cursor;
  const r = await api('/v1/decisions' + query(params));
  if (!r.ok) {
    if (r.status !== 401) setStatus('log-status', fmt('problem', { detail: problemText(r.problem) }), true);
    return;
  }
  state.items = r.data.items || [];
  state.nextCursor = r.data.next_cursor || null;
  keepRendered('table', renderTable);
  if (state.stats === false) keepRendered('chart', renderChart);
}
function renderTable() {
  const rows = state.items.map(function (d) {
    const req = (d.request && d.request.context) || {};
    const title = (d.request && d.request.feature && d.request.feature.title) || d.id;
    return h('tr', { 'data-id': d.id },
      h('td', { class: 'time', text: localTime(d.created_at) }),
      h('td', null, h('span', { class: 'badge ' + d.verdict, text: t('verdict.' + d.verdict) })),
      h('td', null, h('button', { type: 'button', class: 'link open-detail', 'data-id': d.id, text: title, onclick: function () { openDetail(d.id); } })),
      h('td', { class: 'wide' }, (d.categories || []).map(function (c) {
        return h('span', { class: 'badge ' + (c.covered ? 'allowed' : 'rejected'), title: c.name + ' — ' + t(c.covered ? 'r.covered' : 'r.notcovered'), text: c.code });
      }).reduce(function (acc, x) { acc.push(x, ' '); return acc; }, [])),
      h('td', { class: 'wide', text: [req.team, req.repo].filter(Boolean).join(' / ') }),
      h('td', { class: 'wide' }, h('code', { text: d.requester || '' })));
  });
  if (!rows.length) rows.push(h('tr', null, h('td', { colspan: 6, class: 'help', text: t('table.empty') })));
  fill($('log-rows'), rows);
  setStatus('log-status', state.items.length ? fmt('table.count', { n: state.items.length }) : '');
  $('page-next').disabled = !state.nextCursor;
  $('page-first').disabled = !state.cursor;
}

// ---------- integrity ----------
async function loadChain() {
  setStatus('chain-status', t('chain.checking'));
  const r = await api('/v1/audit/verify');
  if (!r.ok) { if (r.status !== 401) setStatus('chain-status', problemText(r.problem), true); return; }
  const v = r.data;
  state.chain = v;
  let latest = v.checkpoints && v.checkpoints.latest !== undefined ? v.checkpoints.latest : undefined;
  if (latest === undefined) {
    const c = await api('/v1/audit/checkpoints?limit=1');
    latest = c.ok && c.data.items && c.data.items.length ? c.data.items[0] : null;
    if (!c.ok && noRoute(c)) $('chain-sign').hidden = true;
  }
  state.latestCheckpoint = latest;
  keepRendered('chain', renderChain);
}
function renderChain() {
  const v = state.chain;
  if (!v) return;
  if (v.ok) setStatus('chain-status', '✓ ' + fmt('chain.ok', { entries: v.entries }));
  else {
    const b = v.first_broken;
    setStatus('chain-status', '✗ ' + (b ? fmt('chain.broken', { seq: b.seq, reason: b.reason }) : t('chain.bad')), true);
  }
  const cp = state.latestCheckpoint;
  fill($('chain-checkpoint'), cp
    ? h('span', null, fmt('chain.checkpoint', { id: cp.id, size: cp.tree_size, time: localTime(cp.created_at) }), ' ', h('code', { class: 'mono', title: cp.root_hash, text: shortHash(cp.root_hash) }))
    : t('chain.nocheckpoint'));
}
async function signCheckpoint() {
  const r = await api('/v1/audit/checkpoints', { method: 'POST', body: {} });
  if (!r.ok) {
    if (r.status !== 401) setStatus('chain-status', noRoute(r) ? t('proof.missing') : problemText(r.problem), true);
    return null;
  }
  await loadChain();
  return r.data;
}

// ---------- verdicts per day ----------
function isoDay(d) { return d.toISOString().slice(0, 10); }
async function loadStats() {
  const to = state.filters.to || isoDay(new Date());
  const from = state.filters.from || isoDay(new Date(Date.parse(to + 'T00:00:00Z') - 29 * 86400000));
  const r = await api('/v1/audit/stats' + query({ from: from, to: to }));
  if (r.ok && Array.isArray(r.data.days)) {
    state.stats = { source: 'server', from: from, to: to, days: r.data.days.map(function (d) { return { date: d.date, verdict: d.verdict || {} }; }) };
  } else {
    state.stats = false; // the chart is drawn from the page listed
  }
  keepRendered('chart', renderChart);
}
function daysBetween(from, to) {
  const out = [];
  for (let t0 = Date.parse(from + 'T00:00:00Z'), t1 = Date.parse(to + 'T00:00:00Z'); t0 <= t1 && out.length < 400; t0 += 86400000) out.push(isoDay(new Date(t0)));
  return out;
}
function renderChart() {
  let byDay = {}, from, to, note;
  if (state.stats) {
    state.stats.days.forEach(function (d) { byDay[d.date] = d.verdict; });
    from = state.stats.from; to = state.stats.to;
    note = fmt('chart.range', { from: from, to: to });
  } else {
    state.items.forEach(function (d) {
      const day = String(d.created_at).slice(0, 10);
      byDay[day] = byDay[day] || {};
      byDay[day][d.verdict] = (byDay[day][d.verdict] || 0) + 1;
    });
    const keys = Object.keys(byDay).sort();
    from = keys[0]; to = keys[keys.length - 1];
    note = t('chart.page');
  }
  const days = from && to ? daysBetween(from, to) : [];
  const totals = { allowed: 0, rejected: 0, needs_review: 0 };
  let max = 0;
  days.forEach(function (day) {
    const v = byDay[day] || {};
    let sum = 0;
    VERDICTS.forEach(function (k) { totals[k] += v[k] || 0; sum += v[k] || 0; });
    max = Math.max(max, sum);
  });
  const total = totals.allowed + totals.rejected + totals.needs_review;
  $('chart-note').textContent = note;
  if (!total) { fill($('chart'), h('p', { class: 'help', text: t('chart.empty') })); return; }
  const W = 320, H = 120, top = 8, bottom = 18, left = 22;
  const bw = (W - left) / days.length;
  const scale = (H - top - bottom) / max;
  const summary = fmt('chart.summary', { days: days.length, total: total, allowed: totals.allowed, rejected: totals.rejected, needs_review: totals.needs_review });
  const svg = s('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': summary, focusable: 'false' });
  svg.append(s('line', { class: 'axis', x1: left, y1: H - bottom + .5, x2: W, y2: H - bottom + .5 }));
  svg.append(s('text', { x: left - 4, y: top + 8, 'text-anchor': 'end' }, String(max)));
  svg.append(s('text', { x: left - 4, y: H - bottom, 'text-anchor': 'end' }, '0'));
  days.forEach(function (day, i) {
    const v = byDay[day] || {};
    let y = H - bottom;
    const g = s('g', { 'data-date': day });
    const parts = [];
    VERDICTS.forEach(function (k) {
      const n = v[k] || 0;
      if (!n) return;
      const hgt = n * scale;
      y -= hgt;
      g.append(s('rect', { class: 'bar-' + k, x: (left + i * bw + bw * 0.12).toFixed(2), y: y.toFixed(2), width: Math.max(1, bw * 0.76).toFixed(2), height: hgt.toFixed(2) }));
      parts.push(t('verdict.' + k) + ' ' + n);
    });
    if (parts.length) g.prepend(s('title', null, day + ': ' + parts.join(', ')));
    svg.append(g);
  });
  svg.append(s('text', { x: left, y: H - 4 }, days[0]));
  svg.append(s('text', { x: W, y: H - 4, 'text-anchor': 'end' }, days[days.length - 1]));
  const legend = h('ul', { class: 'legend' }, VERDICTS.map(function (k) { return h('li', { class: k, text: t('verdict.' + k) + ' ' + totals[k] }); }));
  fill($('chart'), svg, legend);
}

// ---------- export ----------
async function exportLog(format) {
  const buttons = [$('export-ndjson'), $('export-csv')];
  buttons.forEach(function (b) { b.disabled = true; });
  setStatus('export-status', t('export.busy'));
  const r = await api('/v1/audit/export' + query(Object.assign({ format: format }, state.filters)), { raw: true });
  buttons.forEach(function (b) { b.disabled = false; });
  if (!r.ok) {
    if (r.status !== 401) setStatus('export-status', noRoute(r) ? t('export.missing') : problemText(r.problem), true);
    return;
  }
  const blob = await r.res.blob();
  const disposition = r.res.headers.get('content-disposition') || '';
  const m = /filename="?([^";]+)"?/.exec(disposition);
  const name = m ? m[1] : 'scope-gate-log.' + format;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  setStatus('export-status', fmt('export.done', { name: name, bytes: blob.size }));
}

// ---------- one decision, with its proof ----------
async function openDetail(id) {
  let d = state.items.find(function (x) { return x.id === id; });
  $('log-list').hidden = true;
  $('log-detail').hidden = false;
  fill($('detail-body'), h('p', { text: t('table.loading') }));
  if (!d || !d.request) {
    const r = await api('/v1/decisions/' + encodeURIComponent(id));
    if (!r.ok) { fill($('detail-body'), h('p', { class: 'error', text: problemText(r.problem) })); return; }
    d = r.data;
  }
  state.detail = { entry: d, proof: null, proofProblem: null };
  keepRendered('detail', renderDetail);
  $('detail-h').focus();
  loadProof();
}
function closeDetail() {
  const id = state.detail && state.detail.entry.id;
  state.detail = null;
  state.rerenders = state.rerenders.filter(function (r) { return r.key !== 'detail'; });
  $('log-detail').hidden = true;
  $('log-list').hidden = false;
  const btn = id && document.querySelector('button.open-detail[data-id="' + CSS.escape(id) + '"]');
  if (btn) btn.focus(); else $('log-h').focus();
}
function renderDetail() {
  const det = state.detail;
  if (!det) return;
  const d = det.entry;
  const req = d.request || { feature: {} };
  const f = req.feature || {};
  const ctx = req.context || {};
  const requestBox = h('section', { class: 'card' }, h('h3', { text: t('detail.request') }),
    h('dl', { class: 'kv' },
      h('dt', { text: t('detail.launch') }), h('dd', { text: f.launch_date || d.launch_date || '' }),
      h('dt', { text: t('detail.context') }), h('dd', { text: Object.keys(ctx).map(function (k) { return k + '=' + ctx[k]; }).join(', ') || t('r.none') }),
      h('dt', { text: t('r.licence') }), h('dd', { text: req.licence_id || (d.licence && d.licence.id) || '' })),
    h('details', null, h('summary', { text: 'JSON' }), h('pre', { class: 'quoted mono', text: JSON.stringify(req, null, 2) })));
  const logBox = h('section', { class: 'card' }, h('h3', { text: t('detail.log') }),
    h('dl', { class: 'kv' },
      h('dt', { text: t('detail.sequence') }), h('dd', { text: String(d.sequence) }),
      h('dt', { text: t('detail.prev') }), h('dd', null, h('code', { class: 'mono', text: d.prev_hash })),
      h('dt', { text: t('detail.hash') }), h('dd', null, h('code', { class: 'mono', text: d.entry_hash })),
      h('dt', { text: t('detail.requester') }), h('dd', null, h('code', { text: d.requester })),
      h('dt', { text: t('detail.request_id') }), h('dd', null, h('code', { text: d.request_id || '' })),
      h('dt', { text: t('detail.idem') }), h('dd', null, h('code', { text: d.idempotency_key || '—' })),
      h('dt', { text: t('detail.masked') }), h('dd', { text: (d.masked && d.masked.length) ? d.masked.join(', ') : t('r.none') })));
  const proofBox = h('section', { class: 'card', id: 'proof' }, h('h3', { text: t('proof.title') }), renderProof());
  fill($('detail-body'), 
    h('h3', { text: t('detail.answer') }), renderDecision(d, f), requestBox, logBox, proofBox);
}
function renderProof() {
  const det = state.detail;
  if (det.proofProblem) {
    const p = det.proofProblem;
    const canSign = p.status === 409 || (p.status === 404 && p.problem && p.problem.field === 'checkpoint');
    return [h('p', { class: canSign ? 'help' : 'error', text: p.missing ? t('proof.missing') : problemText(p.problem) }),
      canSign ? h('button', { type: 'button', id: 'proof-sign', text: t('chain.sign'), onclick: async function (ev) {
        ev.currentTarget.disabled = true;
        const cp = await signCheckpoint();
        if (cp && state.detail) { setStatus('chain-status', fmt('chain.signed', { id: cp.id })); loadProof(); }
      } }) : null];
  }
  const p = det.proof;
  if (!p) return h('p', { class: 'help', text: t('proof.loading') });
  const res = function (v) { return v === true ? h('span', { class: 'ok-text verified', text: '✓ ' + t('proof.verified') }) : v === false ? h('span', { class: 'bad-text', text: '✗ ' + t('proof.failed') }) : h('span', { class: 'help', text: t('proof.unavailable') }); };
  const line = function (key, v) { const parts = fmt(key, { result: '\u0000' }).split('\u0000'); return h('p', { class: 'proof-check' }, parts[0], res(v), parts[1]); };
  return [
    line('proof.browser', det.browserCheck),
    line('proof.signature', det.signatureCheck),
    line('proof.server', p.valid),
    h('dl', { class: 'kv' },
      h('dt', { text: t('proof.position') }), h('dd', { text: fmt('proof.leaf', { leaf: p.leaf_index, size: p.tree_size }) }),
      h('dt', { text: t('proof.root') }), h('dd', null, h('code', { class: 'mono', text: p.root_hash })),
      h('dt', { text: t('proof.checkpoint.label') }), h('dd', { text: fmt('proof.checkpoint', { id: p.checkpoint.id, time: localTime(p.checkpoint.created_at), key: p.checkpoint.key_id }) })),
    h('details', null, h('summary', { text: fmt('proof.path', { n: p.audit_path.length }) }),
      h('ol', { class: 'mono small' }, p.audit_path.map(function (x) { return h('li', { text: x }); }))),
  ];
}
async function loadProof() {
  const det = state.detail;
  if (!det) return;
  det.proof = null; det.proofProblem = null;
  renderDetailProof();
  const r = await api('/v1/decisions/' + encodeURIComponent(det.entry.id) + '/proof');
  if (state.detail !== det) return;
  if (!r.ok) {
    if (r.status === 401) return;
    det.proofProblem = { status: r.status, problem: r.problem, missing: noRoute(r) };
  } else {
    det.proof = r.data;
    det.browserCheck = await verifyInclusion(r.data).catch(function () { return null; });
    if (det.browserCheck === true && r.data.entry_hash !== det.entry.entry_hash) det.browserCheck = false;
    det.signatureCheck = await verifyCheckpointSignature(r.data.checkpoint).catch(function () { return null; });
  }
  renderDetailProof();
}
function renderDetailProof() {
  const box = $('proof');
  if (box) fill(box, h('h3', { text: t('proof.title') }), renderProof());
}

// RFC 9162 §2.1.3.2: recompute the root from the leaf and its audit path.
function hexBytes(hex) {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
  return out;
}
function toHexStr(buf) { return Array.from(new Uint8Array(buf), function (x) { return x.toString(16).padStart(2, '0'); }).join(''); }
async function sha256(parts) {
  let n = 0;
  parts.forEach(function (p) { n += p.length; });
  const all = new Uint8Array(n);
  let at = 0;
  parts.forEach(function (p) { all.set(p, at); at += p.length; });
  return new Uint8Array(await crypto.subtle.digest('SHA-256', all));
}
async function verifyInclusion(p) {
  if (!window.crypto || !crypto.subtle) return null;
  if (!/^[0-9a-f]{64}$/.test(p.entry_hash) || p.leaf_index >= p.tree_size) return false;
  let r = await sha256([new Uint8Array([0]), hexBytes(p.entry_hash)]);
  if (toHexStr(r) !== p.leaf_hash) return false;
  let fn = p.leaf_index, sn = p.tree_size - 1;
  for (const hex of p.audit_path) {
    const sib = hexBytes(hex);
    if (sn === 0) return false;
    if ((fn & 1) === 1 || fn === sn) {
      r = await sha256([new Uint8Array([1]), sib, r]);
      if ((fn & 1) === 0) { while ((fn & 1) === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); } }
    } else {
      r = await sha256([new Uint8Array([1]), r, sib]);
    }
    fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
  }
  return sn === 0 && toHexStr(r) === p.root_hash && p.root_hash === p.checkpoint.root_hash;
}
// The checkpoint's Ed25519 signature, over the text the service documents (docs/AUDIT.md).
let publicKeyDoc = null;
async function verifyCheckpointSignature(cp) {
  if (!window.crypto || !crypto.subtle) return null;
  if (!publicKeyDoc) {
    const r = await api('/v1/audit/public-key');
    if (!r.ok) return null;
    publicKeyDoc = r.data;
  }
  if (publicKeyDoc.key_id !== cp.key_id) return false;
  const text = ['scope-gate decision log checkpoint v1', 'tree_size ' + cp.tree_size, 'root_hash ' + cp.root_hash, 'head_seq ' + cp.head_seq,
    'head_hash ' + cp.head_hash, 'created_at ' + cp.created_at, 'key_id ' + cp.key_id].join('\n') + '\n';
  const b64 = function (x) { return Uint8Array.from(atob(x), function (c) { return c.charCodeAt(0); }); };
  let key;
  try { key = await crypto.subtle.importKey('raw', b64(publicKeyDoc.raw), { name: 'Ed25519' }, false, ['verify']); }
  catch (e) { return null; } // a browser without Ed25519 in WebCrypto
  return crypto.subtle.verify({ name: 'Ed25519' }, key, b64(cp.signature), new TextEncoder().encode(text));
}

// ---------- wiring ----------
function init() {
  state.lang = initialLang();
  applyLang();
  $('lang-toggle').addEventListener('click', function () { setLang(state.lang === 'zh' ? 'en' : 'zh'); });
  $('signin-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    const token = $('token').value.trim();
    if (!token) { setStatus('signin-status', t('signin.empty'), true); $('token').focus(); return; }
    signIn(token, false);
  });
  $('signin-submit').disabled = false;
  $('signout').addEventListener('click', function () { signOut(); });
  $('nav-try').addEventListener('click', function () { show('try', true); });
  $('nav-log').addEventListener('click', function () { show('log', true); });
  $('try-form').addEventListener('submit', tryFeature);
  $('filter-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    state.filters = filtersFromForm();
    loadPage(null);
    loadStats();
  });
  $('filter-form').addEventListener('reset', function () {
    setTimeout(function () { if (!state.token || !state.canRead) return; state.filters = {}; loadPage(null); loadStats(); }, 0);
  });
  $('page-next').addEventListener('click', function () { if (state.nextCursor) loadPage(state.nextCursor); });
  $('page-first').addEventListener('click', function () { loadPage(null); });
  $('chain-recheck').addEventListener('click', loadChain);
  $('chain-sign').addEventListener('click', async function () {
    const cp = await signCheckpoint();
    if (cp) setStatus('chain-status', fmt('chain.signed', { id: cp.id }));
  });
  $('export-ndjson').addEventListener('click', function () { exportLog('ndjson'); });
  $('export-csv').addEventListener('click', function () { exportLog('csv'); });
  $('detail-back').addEventListener('click', closeDetail);
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape' && state.detail && !$('log-detail').hidden) closeDetail();
  });
  let saved = null;
  try { saved = sessionStorage.getItem(TOKEN_KEY); } catch (e) { /* ignore */ }
  if (saved) signIn(saved, true);
  document.body.setAttribute('data-ready', 'true');
}
init();
`;
