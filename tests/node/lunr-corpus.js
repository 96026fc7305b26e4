// Builds a lunr index with real lunr.js from a corpus file written by the C# tests:
// {fields: [{name, boost}], documents: [{ref, boost, fields: [text|null, ...]}]}
// with lunr's default tokenizer and fold.js ("vnFold") as the indexing and search pipeline.
'use strict';
const fs = require('fs');
const path = require('path');
const lunr = require('lunr');
const vnFold = require(path.join(__dirname, '..', '..', 'themes', 'default', 'assets', 'js', 'fold.js'));

function readCorpus(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function buildIndex(corpus) {
  const fold = vnFold.register(lunr);
  const builder = new lunr.Builder();
  builder.pipeline.add(fold);
  builder.searchPipeline.add(fold);
  builder.ref('ref');
  corpus.fields.forEach((field, i) => {
    builder.field(field.name, { boost: field.boost, extractor: (doc) => doc.fields[i] });
  });
  corpus.documents.forEach((doc) => builder.add(doc, { boost: doc.boost }));
  return builder.build();
}

function loadIndex(file) {
  vnFold.register(lunr);
  return lunr.Index.load(JSON.parse(fs.readFileSync(file, 'utf8')));
}

module.exports = { lunr, vnFold, readCorpus, buildIndex, loadIndex };
