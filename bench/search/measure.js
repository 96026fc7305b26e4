// node bench/search/measure.js --ours SITE --pagefind SITE --query TEXT [--query TEXT ...] [--runs 5] [--out FILE]
//
// Measures, in Debian's Chromium (/usr/bin/chromium, driven by playwright-core), what a search costs a reader:
//
//   ours      SITE (a built site) served under /mo-hinh/; /mo-hinh/tim-kiem/ opened in a fresh browser context
//             (empty cache) for each query. "whole": the query put into #search-input at once (one input
//             event); "typed": typed key by key, 250 ms apart. Counted: every response the search needs
//             (search/*.json and its scripts: lunr.min.js, fold.js, search-core.js, search.js). Timed: from the
//             keydown of the last key to the next frame after #search-results is up to date (aria-busy="false"),
//             cold (shards still to fetch) and warm (Backspace, then the last key again, `runs` times; median).
//   Pagefind SITE (the same pages, indexed by `pagefind`) served under /pf/; a page there imports
//             /pf/pagefind/pagefind.js and calls pagefind.search(query), then data() of the first 5 and the first
//             20 results (its UI shows 5 a page, ours 20). Counted: every response under /pf/pagefind/.
//
// Bytes: "raw" as served (the server here does not compress); "gzip" what a server compressing text types
// (JSON, JavaScript) would send, each response compressed with gzip -6; Pagefind's index, metadata, fragment and
// WebAssembly files are gzip already and count as they are. Prints and writes a JSON report.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const zlib = require('zlib');
const { chromium } = require('playwright-core');

function parseArgs(argv) {
  const args = { query: [], runs: 5 };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    if (name === 'query') args.query.push(value);
    else if (name === 'runs') args.runs = Number(value);
    else args[name] = value;
  }
  if (!args.ours || !args.pagefind || args.query.length === 0) {
    throw new Error('usage: measure.js --ours SITE --pagefind SITE --query TEXT [--query TEXT ...] [--runs N] [--out FILE]');
  }
  return args;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.wasm': 'application/wasm',
};

// A plain static server: /mo-hinh/… from ours, /pf/… from the Pagefind site; folder/ → folder/index.html.
function serve(roots) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = null;
    for (const [prefix, root] of Object.entries(roots)) {
      if (url.pathname.startsWith(prefix)) {
        let rel = decodeURIComponent(url.pathname.slice(prefix.length));
        if (rel === '' || rel.endsWith('/')) rel += 'index.html';
        const full = path.resolve(root, rel);
        if (full.startsWith(path.resolve(root) + path.sep) && fs.existsSync(full) && fs.statSync(full).isFile()) file = full;
      }
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function gzipSize(buffer) {
  return zlib.gzipSync(buffer, { level: 6 }).length;
}

// Records the responses a page receives whose path passes `wanted`: [{path, raw, gzip}].
function recorder(page, wanted, preCompressed) {
  const seen = [];
  const pending = [];
  page.on('response', (response) => {
    const p = new URL(response.url()).pathname;
    if (!wanted(p)) return;
    pending.push(response.body().then((body) => {
      seen.push({ path: p, raw: body.length, gzip: preCompressed(p) ? body.length : gzipSize(body) });
    }, () => {}));
  });
  return {
    async take() {
      await Promise.all(pending.splice(0));
      const files = seen.splice(0);
      return { requests: files.length, raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), files };
    },
  };
}

function sum(list, key) {
  return list.reduce((s, x) => s + x[key], 0);
}

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  return v.length === 0 ? null : v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

// Installed in our search page before its scripts: the time of each keydown in the box, and of the next frame after
// the results are up to date again.
const TIMER = `(() => {
  window.__bench = { down: 0, painted: 0 };
  document.addEventListener('keydown', (e) => { if (e.target && e.target.id === 'search-input') { window.__bench.down = performance.now(); window.__bench.painted = 0; } }, true);
  document.addEventListener('DOMContentLoaded', () => {
    const results = document.getElementById('search-results');
    new MutationObserver(() => {
      if (results.getAttribute('aria-busy') === 'false') {
        requestAnimationFrame(() => { window.__bench.painted = performance.now(); });
      }
    }).observe(results, { attributes: true, attributeFilter: ['aria-busy'] });
  });
})();`;

const UP_TO_DATE = (text) => {
  const results = document.getElementById('search-results');
  const input = document.getElementById('search-input');
  return results.getAttribute('aria-busy') === 'false' && input.value === text && window.__bench.painted > 0;
};

async function oursOnce(browser, base, query, mode, runs) {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  await page.addInitScript(TIMER);
  const isSearch = (p) => p.startsWith('/mo-hinh/search/') || /\/(lunr\.min|fold|search-core|search)\.js$/.test(p);
  const rec = recorder(page, isSearch, () => false);
  await page.goto(base + 'tim-kiem/');
  await page.waitForFunction(() => document.getElementById('search-results').getAttribute('aria-busy') === 'false');
  const input = page.locator('#search-input');
  const last = query.slice(-1);
  if (mode === 'whole') {
    // All but the last key without an input event, so nothing is searched for a part of the query.
    await page.evaluate((v) => {
      const box = document.getElementById('search-input');
      box.focus();
      box.value = v;
      box.setSelectionRange(v.length, v.length);
      window.__bench.painted = 0;
    }, query.slice(0, -1));
    // The box gets the whole text with the last key: one keydown, one input event.
    await input.press(last === ' ' ? 'Space' : last);
  } else {
    await input.pressSequentially(query, { delay: 250 });
  }
  await page.waitForFunction(UP_TO_DATE, query, { timeout: 60000 });
  const cold = await page.evaluate(() => window.__bench.painted - window.__bench.down);
  const bytes = await rec.take();
  const shown = await page.locator('#search-results .search-result').count();
  const status = (await page.locator('#search-status').textContent()).trim();
  const warm = [];
  for (let i = 0; i < runs; i++) {
    await input.press('Backspace');
    await page.waitForFunction(UP_TO_DATE, query.slice(0, -1), { timeout: 60000 });
    await input.press(last === ' ' ? 'Space' : last);
    await page.waitForFunction(UP_TO_DATE, query, { timeout: 60000 });
    warm.push(await page.evaluate(() => window.__bench.painted - window.__bench.down));
  }
  const warmBytes = await rec.take();
  await context.close();
  return { query, mode, bytes, cold, warm: { median: median(warm), max: Math.max(...warm), samples: warm }, warmBytes: warmBytes.raw, shown, status };
}

async function pagefindOnce(browser, base, query) {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  const isPagefind = (p) => p.startsWith('/pf/pagefind/');
  const preCompressed = (p) => /\.(pf_index|pf_meta|pf_fragment|pagefind)$/.test(p);
  const rec = recorder(page, isPagefind, preCompressed);
  await page.goto(base + 'bench.html');
  const outcome = await page.evaluate(async (q) => {
    const pagefind = await import('./pagefind/pagefind.js');
    await pagefind.options({});
    const t0 = performance.now();
    const search = await pagefind.search(q);
    const t1 = performance.now();
    const first = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    const t2 = performance.now();
    return { count: search.results.length, searchMs: t1 - t0, dataMs: t2 - t1, titles: first.slice(0, 3).map((d) => d.meta.title) };
  }, query);
  const five = await rec.take();
  await page.evaluate(async (q) => {
    const pagefind = await import('./pagefind/pagefind.js');
    const search = await pagefind.search(q);
    await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  }, query);
  const more = await rec.take();
  const warm = await page.evaluate(async (q) => {
    const pagefind = await import('./pagefind/pagefind.js');
    const t0 = performance.now();
    await pagefind.search(q);
    return performance.now() - t0;
  }, query);
  await context.close();
  const twenty = { requests: five.requests + more.requests, raw: five.raw + more.raw, gzip: five.gzip + more.gzip, files: [...five.files, ...more.files] };
  return { query, five, twenty, ...outcome, warmSearchMs: warm };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  fs.writeFileSync(path.join(args.pagefind, 'bench.html'),
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Pagefind bench</title></head><body></body></html>\n');
  const server = await serve({ '/mo-hinh/': args.ours, '/pf/': args.pagefind });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const report = { ours: [], pagefind: [] };
  try {
    for (const query of args.query) {
      report.ours.push(await oursOnce(browser, origin + '/mo-hinh/', query, 'whole', args.runs));
      report.ours.push(await oursOnce(browser, origin + '/mo-hinh/', query, 'typed', 1));
      report.pagefind.push(await pagefindOnce(browser, origin + '/pf/', query));
    }
  } finally {
    await browser.close();
    server.close();
  }
  const text = JSON.stringify(report, null, 1);
  if (args.out) fs.writeFileSync(args.out, text + '\n');
  process.stdout.write(text + '\n');
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
