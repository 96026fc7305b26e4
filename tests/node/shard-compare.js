// node shard-compare.js shardedFolder wholeFolder queries.json out.json
// Each folder holds a search index written by SearchIndexBuilder (manifest.json and its files); the whole one has
// a single shard. For each query, writes:
//   sharded: search-core.js over the sharded index, shards loaded on demand as search.js does: [[ref, score]]
//   whole:   search-core.js over the whole index: [[ref, score]]
//   lunr:    lunr.js itself on the whole index, with lunr's REQUIRED presence, in lunr's order: [[ref, score]]
//   shardsLoaded: how many shards the sharded search fetched.
'use strict';
const fs = require('fs');
const path = require('path');
const { lunr, loadIndex } = require('./lunr-corpus.js');
const core = require(path.join(__dirname, '..', '..', 'themes', 'default', 'assets', 'js', 'search-core.js'));

const [shardedFolder, wholeFolder, queriesFile, outFile] = process.argv.slice(2);
const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));

function open(folder) {
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
  const cache = new Map();
  const loaded = new Set();
  const load = (i) => {
    loaded.add(i);
    if (!cache.has(i)) {
      cache.set(i, loadIndex(path.join(folder, manifest.shards[i].file)));
    }
    return Promise.resolve(cache.get(i));
  };
  return { manifest, load, loaded };
}

const sharded = open(shardedFolder);
const whole = open(wholeFolder);

async function lunrSearch(text) {
  const clauses = core.buildClauses(core.queryTerms(text), core.endsInWord(text));
  if (clauses.length === 0) {
    return [];
  }
  const index = await whole.load(0);
  return index.query((q) => {
    clauses.forEach((c) => q.term(c.term, {
      presence: c.required ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL,
      wildcard: c.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
      usePipeline: false,
      boost: c.boost,
    }));
  });
}

(async () => {
  const out = [];
  for (const text of queries) {
    sharded.loaded.clear();
    const a = await core.run(lunr, sharded.manifest, sharded.load, text);
    const b = await core.run(lunr, whole.manifest, whole.load, text);
    out.push({
      query: text,
      sharded: a.results.map((r) => [r.ref, r.score]),
      whole: b.results.map((r) => [r.ref, r.score]),
      lunr: (await lunrSearch(text)).map((r) => [r.ref, r.score]),
      shardsLoaded: sharded.loaded.size,
    });
  }
  fs.writeFileSync(outFile, JSON.stringify(out));
})().catch((e) => {
  console.error((e && e.stack) || e);
  process.exit(1);
});
