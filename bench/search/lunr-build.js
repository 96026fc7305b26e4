// node bench/search/lunr-build.js corpus.json out.json: builds the corpus with real lunr.js 2.3.9 (the pipeline
// tests/node/lunr-corpus.js sets up: lunr's tokenizer, fold.js), times the build and the serialization, writes the
// index as JSON.stringify does and prints {"buildMs", "stringifyMs", "bytes"}.
'use strict';
const fs = require('fs');
const path = require('path');
const { readCorpus, buildIndex } = require(path.join(__dirname, '..', '..', 'tests', 'node', 'lunr-corpus.js'));

const [corpusFile, outFile] = process.argv.slice(2);
const corpus = readCorpus(corpusFile);
let start = process.hrtime.bigint();
const index = buildIndex(corpus);
const buildMs = Number(process.hrtime.bigint() - start) / 1e6;
start = process.hrtime.bigint();
const json = JSON.stringify(index);
const stringifyMs = Number(process.hrtime.bigint() - start) / 1e6;
fs.writeFileSync(outFile, json);
process.stdout.write(JSON.stringify({ buildMs: Math.round(buildMs), stringifyMs: Math.round(stringifyMs), bytes: Buffer.byteLength(json) }) + '\n');
