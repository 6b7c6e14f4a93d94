import type { FC } from 'hono/jsx';
import { CODES, label, type ConsoleLang, type LabelKey } from './i18n.js';

/** Where the console's files are served from (the routes in src/http/routes/console.tsx). */
export const CONSOLE_PATHS = {
  page: '/console',
  script: '/console/app.js',
  styles: '/console/app.css',
  icon: '/console/icon.svg',
} as const;

/** A label element the script re-translates when the language changes. */
const T: FC<{ k: LabelKey; lang: ConsoleLang }> = ({ k, lang }) => <span data-i18n={k}>{label(lang, k)}</span>;

const Checks: FC<{ lang: ConsoleLang; name: string; prefix: 'cap' | 'sec'; codes: readonly string[] }> = ({ lang, name, prefix, codes }) => (
  <div class="checks">
    {codes.map((code) => (
      <label class="check">
        <input type="checkbox" name={name} value={code} />
        <span data-i18n={`${prefix}.${code}`}>{label(lang, `${prefix}.${code}` as LabelKey)}</span>
        <code>{code}</code>
      </label>
    ))}
  </div>
);

const Options: FC<{ lang: ConsoleLang; prefix: 'cat' | 'sec'; codes: readonly string[] }> = ({ lang, prefix, codes }) => (
  <>
    <option value="" data-i18n="q.any">{label(lang, 'q.any')}</option>
    {codes.map((code) => (
      <option value={code} data-i18n={`${prefix}.${code}`} data-i18n-prefix={`${code} `}>
        {`${code} ${label(lang, `${prefix}.${code}` as LabelKey)}`}
      </option>
    ))}
  </>
);

/**
 * The console's page: a static shell. Nothing here depends on who is signed in: the script asks
 * the API (with the key the user types) and fills the views in. No inline script or style, so the
 * page runs under `script-src 'self'; style-src 'self'`.
 */
export const ConsolePage: FC<{ lang: ConsoleLang }> = ({ lang }) => (
  <html lang={lang === 'zh' ? 'zh-CN' : 'en'}>
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="referrer" content="no-referrer" />
      <title data-i18n="doc.title">{label(lang, 'doc.title')}</title>
      <link rel="icon" href={CONSOLE_PATHS.icon} type="image/svg+xml" />
      <link rel="stylesheet" href={CONSOLE_PATHS.styles} />
      <script type="module" src={CONSOLE_PATHS.script}></script>
    </head>
    <body>
      <a class="skip" href="#main"><T k="skip" lang={lang} /></a>
      <header class="top">
        <div class="brand">
          <p class="name"><T k="app.name" lang={lang} /></p>
          <p class="tagline"><T k="app.tagline" lang={lang} /></p>
        </div>
        <div class="session">
          <span id="whoami" class="whoami" aria-live="polite"></span>
          <button type="button" id="lang-toggle" class="ghost" lang={lang === 'zh' ? 'en' : 'zh-CN'}
            data-i18n-aria-label="lang.switch.label" aria-label={label(lang, 'lang.switch.label')}>
            <span data-i18n="lang.switch">{label(lang, 'lang.switch')}</span>
          </button>
          <button type="button" id="signout" class="ghost" hidden><T k="signout" lang={lang} /></button>
        </div>
      </header>
      <nav id="views" class="views" hidden data-i18n-aria-label="nav.label" aria-label={label(lang, 'nav.label')}>
        <button type="button" id="nav-try" data-view="try" hidden><T k="nav.try" lang={lang} /></button>
        <button type="button" id="nav-log" data-view="log" hidden><T k="nav.log" lang={lang} /></button>
      </nav>
      <main id="main" tabindex={-1}>
        <noscript><p class="notice"><T k="nojs" lang={lang} /></p></noscript>

        <section id="signin" class="card narrow" aria-labelledby="signin-h">
          <h1 id="signin-h"><T k="signin.title" lang={lang} /></h1>
          <p class="help"><T k="signin.help" lang={lang} /></p>
          {/* POST, never GET: were the script not to run, the key must not end up in a URL. */}
          <form id="signin-form" method="post" autocomplete="off">
            <label for="token"><T k="signin.token" lang={lang} /></label>
            <input id="token" name="token" type="password" required autocomplete="off" spellcheck={false} autocapitalize="off" />
            <button type="submit" id="signin-submit" disabled><T k="signin.submit" lang={lang} /></button>
            <p id="signin-status" class="status" role="status" aria-live="polite"></p>
          </form>
        </section>

        <section id="view-try" class="view" hidden aria-labelledby="try-h">
          <h1 id="try-h" tabindex={-1}><T k="try.title" lang={lang} /></h1>
          <p class="help"><T k="try.help" lang={lang} /></p>
          <form id="try-form" method="post" class="card" novalidate>
            <div class="field">
              <label for="f-title"><T k="f.title" lang={lang} /></label>
              <input id="f-title" name="title" type="text" required maxlength={200} />
            </div>
            <div class="field">
              <label for="f-description"><T k="f.description" lang={lang} /></label>
              <textarea id="f-description" name="description" rows={5} maxlength={20000}></textarea>
            </div>
            <fieldset>
              <legend><T k="f.capabilities" lang={lang} /></legend>
              <Checks lang={lang} name="capabilities" prefix="cap" codes={CODES.capabilities} />
            </fieldset>
            <fieldset>
              <legend><T k="f.sectors" lang={lang} /></legend>
              <Checks lang={lang} name="sectors" prefix="sec" codes={CODES.sectors} />
            </fieldset>
            <div class="row">
              <div class="field">
                <label for="f-launch"><T k="f.launch" lang={lang} /></label>
                <input id="f-launch" name="launch_date" type="date" aria-describedby="f-launch-help" />
                <p id="f-launch-help" class="help small"><T k="f.launch.help" lang={lang} /></p>
              </div>
              <div class="field">
                <label for="f-team"><T k="f.team" lang={lang} /> <T k="f.optional" lang={lang} /></label>
                <input id="f-team" name="team" type="text" maxlength={200} />
              </div>
              <div class="field">
                <label for="f-repo"><T k="f.repo" lang={lang} /> <T k="f.optional" lang={lang} /></label>
                <input id="f-repo" name="repo" type="text" maxlength={200} />
              </div>
            </div>
            <button type="submit" id="try-submit" class="primary"><T k="try.submit" lang={lang} /></button>
            <p id="try-status" class="status" role="status" aria-live="polite"></p>
          </form>
          <div id="try-result" class="result" aria-live="polite"></div>
        </section>

        <section id="view-log" class="view" hidden aria-labelledby="log-h">
          <h1 id="log-h" tabindex={-1}><T k="log.title" lang={lang} /></h1>
          <div class="panels">
            <section class="card" aria-labelledby="chain-h">
              <h2 id="chain-h"><T k="chain.title" lang={lang} /></h2>
              <p id="chain-status" class="status" role="status" aria-live="polite"></p>
              <p id="chain-checkpoint" class="small"></p>
              <div class="buttons">
                <button type="button" id="chain-recheck"><T k="chain.recheck" lang={lang} /></button>
                <button type="button" id="chain-sign"><T k="chain.sign" lang={lang} /></button>
              </div>
            </section>
            <section class="card" aria-labelledby="chart-h">
              <h2 id="chart-h"><T k="chart.title" lang={lang} /></h2>
              <div id="chart" class="chart"></div>
              <p id="chart-note" class="small"></p>
            </section>
          </div>

          <div id="log-list">
            <form id="filter-form" class="card filters" method="post" aria-labelledby="filters-h">
              <h2 id="filters-h"><T k="filters.title" lang={lang} /></h2>
              <div class="grid">
                <div class="field">
                  <label for="q-verdict"><T k="q.verdict" lang={lang} /></label>
                  <select id="q-verdict" name="verdict">
                    <option value="" data-i18n="q.any">{label(lang, 'q.any')}</option>
                    {(['allowed', 'rejected', 'needs_review'] as const).map((v) => (
                      <option value={v} data-i18n={`verdict.${v}`}>{label(lang, `verdict.${v}`)}</option>
                    ))}
                  </select>
                </div>
                <div class="field">
                  <label for="q-category"><T k="q.category" lang={lang} /></label>
                  <select id="q-category" name="category"><Options lang={lang} prefix="cat" codes={CODES.categories} /></select>
                </div>
                <div class="field">
                  <label for="q-approval"><T k="q.approval" lang={lang} /></label>
                  <select id="q-approval" name="approval"><Options lang={lang} prefix="sec" codes={CODES.sectors} /></select>
                </div>
                <div class="field">
                  <label for="q-team"><T k="q.team" lang={lang} /></label>
                  <input id="q-team" name="team" type="text" maxlength={200} />
                </div>
                <div class="field">
                  <label for="q-repo"><T k="q.repo" lang={lang} /></label>
                  <input id="q-repo" name="repo" type="text" maxlength={200} />
                </div>
                <div class="field">
                  <label for="q-q"><T k="q.q" lang={lang} /></label>
                  <input id="q-q" name="q" type="search" maxlength={200} />
                </div>
                <div class="field">
                  <label for="q-from"><T k="q.from" lang={lang} /></label>
                  <input id="q-from" name="from" type="date" />
                </div>
                <div class="field">
                  <label for="q-to"><T k="q.to" lang={lang} /></label>
                  <input id="q-to" name="to" type="date" />
                </div>
              </div>
              <div class="buttons">
                <button type="submit" class="primary"><T k="q.apply" lang={lang} /></button>
                <button type="reset" id="filter-reset"><T k="q.reset" lang={lang} /></button>
                <span class="spacer"></span>
                <span class="group" role="group" data-i18n-aria-label="export.title" aria-label={label(lang, 'export.title')}>
                  <button type="button" id="export-ndjson" data-format="ndjson"><T k="export.ndjson" lang={lang} /></button>
                  <button type="button" id="export-csv" data-format="csv"><T k="export.csv" lang={lang} /></button>
                </span>
              </div>
              <p id="export-status" class="status small" role="status" aria-live="polite"></p>
            </form>

            <p id="log-status" class="status" role="status" aria-live="polite"></p>
            <div class="table-wrap" tabindex={0} role="region" aria-labelledby="log-caption">
              <table id="log-table">
                <caption id="log-caption"><T k="table.caption" lang={lang} /></caption>
                <thead>
                  <tr>
                    <th scope="col"><T k="table.time" lang={lang} /></th>
                    <th scope="col"><T k="table.verdict" lang={lang} /></th>
                    <th scope="col"><T k="table.title" lang={lang} /></th>
                    <th scope="col" class="wide"><T k="table.categories" lang={lang} /></th>
                    <th scope="col" class="wide"><T k="table.team" lang={lang} /></th>
                    <th scope="col" class="wide"><T k="table.requester" lang={lang} /></th>
                  </tr>
                </thead>
                <tbody id="log-rows"></tbody>
              </table>
            </div>
            <div class="buttons pager">
              <button type="button" id="page-first" disabled><T k="page.first" lang={lang} /></button>
              <button type="button" id="page-next" disabled><T k="page.next" lang={lang} /></button>
            </div>
          </div>

          <section id="log-detail" class="detail" hidden aria-labelledby="detail-h">
            <button type="button" id="detail-back"><T k="detail.back" lang={lang} /></button>
            <h2 id="detail-h" tabindex={-1}><T k="detail.title" lang={lang} /></h2>
            <div id="detail-body"></div>
          </section>
        </section>
      </main>
    </body>
  </html>
);
