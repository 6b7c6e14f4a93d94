/** The console's stylesheet: served as /console/app.css (no inline styles: CSP style-src 'self'). */
export const CONSOLE_CSS = String.raw`
:root {
  --bg: #f6f7f9; --fg: #17202a; --muted: #5a6472; --card: #fff; --line: #d5dae1; --accent: #1f5fbf;
  --ok: #1b7a3d; --ok-bg: #e3f4e8; --bad: #b3261e; --bad-bg: #fde7e5; --warn: #8a5a00; --warn-bg: #fff2d6;
  --focus: #ffbf47; --mark-bad: #ffd1cc; --mark-warn: #ffe6a6; --mark-ok: #cdeccf;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #14181d; --fg: #e8ecf1; --muted: #a3adba; --card: #1d232a; --line: #36404b; --accent: #7fb0ff;
    --ok: #7ed69a; --ok-bg: #17331f; --bad: #ff9b93; --bad-bg: #3b1a18; --warn: #ffd27a; --warn-bg: #3a2e12;
    --mark-bad: #6b2520; --mark-warn: #5c4813; --mark-ok: #1f4d2b;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg); line-height: 1.5;
  font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
}
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .85em; }
.mono { overflow-wrap: anywhere; }
[hidden] { display: none !important; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: .5rem; top: -3rem; background: var(--card); color: var(--fg); padding: .5rem 1rem; z-index: 10; border: 2px solid var(--accent); }
.skip:focus { top: .5rem; }
.top { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between; padding: .75rem 1rem; background: var(--card); border-bottom: 1px solid var(--line); }
.brand .name { margin: 0; font-weight: 700; font-size: 1.15rem; }
.brand .tagline { margin: 0; color: var(--muted); font-size: .85rem; }
.session { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.whoami { color: var(--muted); font-size: .9rem; }
.views { display: flex; gap: .25rem; padding: .5rem 1rem 0; border-bottom: 1px solid var(--line); background: var(--card); overflow-x: auto; }
.views button { border: 0; border-bottom: 3px solid transparent; border-radius: 0; background: none; padding: .5rem .75rem; }
.views button[aria-current="page"] { border-bottom-color: var(--accent); font-weight: 700; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
main:focus { outline: none; }
h1 { font-size: 1.4rem; margin: .5rem 0; }
h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .35rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; margin: 0 0 1rem; }
.narrow { max-width: 32rem; margin: 2rem auto; }
.help { color: var(--muted); margin: .25rem 0 1rem; }
.small { font-size: .85rem; }
.notice { background: var(--warn-bg); color: var(--warn); padding: .75rem; border-radius: .5rem; }
label { display: block; font-weight: 600; margin: 0 0 .25rem; }
input[type="text"], input[type="password"], input[type="search"], input[type="date"], textarea, select {
  width: 100%; font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--line); border-radius: .35rem; padding: .5rem .6rem; min-height: 2.5rem;
}
textarea { resize: vertical; }
[aria-invalid="true"] { border-color: var(--bad); box-shadow: 0 0 0 1px var(--bad); }
.field { margin: 0 0 .9rem; min-width: 0; }
.row { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0 1rem; }
fieldset { border: 1px solid var(--line); border-radius: .35rem; margin: 0 0 1rem; padding: .5rem .75rem .75rem; min-width: 0; }
legend { font-weight: 600; padding: 0 .25rem; }
.checks { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: .15rem .75rem; }
.check { display: grid; grid-template-columns: 1.1rem 1fr; column-gap: .5rem; align-items: center; font-weight: 400; margin: 0; padding: .25rem 0; cursor: pointer; line-height: 1.3; }
.check input { width: 1.1rem; height: 1.1rem; margin: 0; }
.check code { grid-column: 2; color: var(--muted); font-size: .72rem; overflow-wrap: anywhere; }
button { font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--line); border-radius: .35rem; padding: .45rem .9rem; min-height: 2.5rem; cursor: pointer; }
button:hover:not(:disabled) { border-color: var(--accent); }
button:disabled { opacity: .55; cursor: not-allowed; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
@media (prefers-color-scheme: dark) { button.primary { color: #0b1422; } }
button.ghost { background: transparent; }
button.link { border: 0; background: none; padding: 0; min-height: 0; color: var(--accent); text-decoration: underline; text-align: left; }
.buttons { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.buttons .spacer { flex: 1; }
.group { display: inline-flex; flex-wrap: wrap; gap: .5rem; }
.status { min-height: 1.5em; margin: .5rem 0; }
#signin-form button { margin-top: .75rem; }
#try-form > button { margin-top: .25rem; }
.status.error, .error { color: var(--bad); }
.result:empty { display: none; }
.verdict { border-radius: .5rem; padding: 1rem; margin: 0 0 1rem; border: 2px solid; }
.verdict .word { font-size: 1.8rem; font-weight: 800; margin: 0; letter-spacing: .02em; }
.verdict p { margin: .25rem 0 0; }
.verdict.allowed { color: var(--ok); background: var(--ok-bg); }
.verdict.rejected { color: var(--bad); background: var(--bad-bg); }
.verdict.needs_review { color: var(--warn); background: var(--warn-bg); }
.badge { display: inline-block; border-radius: 1rem; padding: 0 .55rem; font-size: .8rem; font-weight: 700; white-space: nowrap; }
.badge.allowed { color: var(--ok); background: var(--ok-bg); }
.badge.rejected { color: var(--bad); background: var(--bad-bg); }
.badge.needs_review { color: var(--warn); background: var(--warn-bg); }
.quoted { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--bg); border: 1px solid var(--line); border-radius: .35rem; padding: .6rem .75rem; margin: .25rem 0 .75rem; }
.quoted.title { font-weight: 700; }
mark { color: inherit; border-radius: .2rem; padding: 0 .1rem; border-bottom: 2px solid; cursor: help; }
mark.bad { background: var(--mark-bad); border-color: var(--bad); }
mark.warn { background: var(--mark-warn); border-color: var(--warn); }
mark.ok { background: var(--mark-ok); border-color: var(--ok); }
ul.plain { list-style: none; padding: 0; margin: 0; }
ul.plain > li { border-top: 1px solid var(--line); padding: .5rem 0; }
ul.plain > li:first-child { border-top: 0; }
blockquote { margin: .35rem 0 0; padding: .35rem .75rem; border-left: 4px solid var(--line); background: var(--bg); white-space: pre-wrap; overflow-wrap: anywhere; }
.chips { display: flex; flex-wrap: wrap; gap: .35rem; margin: .25rem 0 .75rem; }
.chip { border: 1px solid var(--line); border-radius: 1rem; padding: .05rem .6rem; font-size: .85rem; }
dl.kv { display: grid; grid-template-columns: minmax(7rem, max-content) 1fr; gap: .25rem 1rem; margin: 0; }
dl.kv dt { color: var(--muted); }
dl.kv dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.panels { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 0 1rem; }
.filters .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: 0 .75rem; }
.table-wrap { overflow-x: auto; background: var(--card); border: 1px solid var(--line); border-radius: .5rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; padding: .5rem .75rem; color: var(--muted); font-size: .85rem; }
th, td { text-align: left; padding: .5rem .75rem; border-top: 1px solid var(--line); vertical-align: top; }
th { font-size: .85rem; color: var(--muted); font-weight: 600; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
.pager { margin: .75rem 0; }
.chart svg { width: 100%; height: auto; display: block; }
.chart .bar-allowed { fill: var(--ok); }
.chart .bar-rejected { fill: var(--bad); }
.chart .bar-needs_review { fill: var(--warn); }
.chart .axis { stroke: var(--line); }
.chart text { fill: var(--muted); font-size: 10px; }
.legend { display: flex; flex-wrap: wrap; gap: .75rem; font-size: .8rem; margin: .35rem 0 0; padding: 0; list-style: none; }
.legend li::before { content: ""; display: inline-block; width: .7rem; height: .7rem; border-radius: .15rem; margin-right: .3rem; vertical-align: -.05rem; }
.legend .allowed::before { background: var(--ok); }
.legend .rejected::before { background: var(--bad); }
.legend .needs_review::before { background: var(--warn); }
.detail { margin-top: .5rem; }
.detail h2 { margin-top: 1rem; }
.ok-text { color: var(--ok); font-weight: 700; }
.bad-text { color: var(--bad); font-weight: 700; }
details summary { cursor: pointer; }
@media (max-width: 40rem) {
  main { padding: .75rem; }
  .card { padding: .75rem; }
  .brand .tagline { display: none; }
  th.wide, td.wide { display: none; }
  dl.kv { grid-template-columns: 1fr; }
  dl.kv dt { margin-top: .35rem; }
  .verdict .word { font-size: 1.5rem; }
  .buttons .spacer { display: none; }
}
`;

/** The tab icon (an SVG: no binary files, no network). */
export const CONSOLE_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f5fbf"/><path d="M9 17l5 5 9-11" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
