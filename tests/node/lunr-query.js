// node lunr-query.js corpus.json ours.json queries.json out.json
// Runs each query on the index real lunr.js builds in memory and on ours loaded with lunr.Index.load, the way
// search-core.js builds queries (every term required, the last one also as a prefix), and also through
// index.search() for lunr query syntax strings. Writes [{query, lunr: [[ref, score]], ours: [[ref, score]]}].
'use strict';
const fs = require('fs');
const path = require('path');
const { lunr, readCorpus, buildIndex, loadIndex } = require('./lunr-corpus.js');
const core = require(path.join(__dirname, '..', '..', 'themes', 'default', 'assets', 'js', 'search-core.js'));

const [corpusFile, oursFile, queriesFile, outFile] = process.argv.slice(2);
const built = buildIndex(readCorpus(corpusFile));
const ours = loadIndex(oursFile);
const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));

function asLunrQuery(index, text) {
  const clauses = core.buildClauses(core.queryTerms(text), core.endsInWord(text));
  if (clauses.length === 0) {
    return [];
  }
  return index.query((q) => {
    clauses.forEach((c) => q.term(c.term, {
      presence: c.required ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL,
      wildcard: c.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
      usePipeline: false,
      boost: c.boost,
    }));
  });
}

function run(index, query) {
  const results = query.syntax ? index.search(query.text) : asLunrQuery(index, query.text);
  return results.map((r) => [r.ref, r.score]);
}

const out = queries.map((query) => ({ query: query.text, lunr: run(built, query), ours: run(ours, query) }));
fs.writeFileSync(outFile, JSON.stringify(out));
