// node lunr-build.js corpus.json out.json: writes JSON.stringify of the index real lunr.js builds.
'use strict';
const fs = require('fs');
const { readCorpus, buildIndex } = require('./lunr-corpus.js');

const [corpusFile, outFile] = process.argv.slice(2);
fs.writeFileSync(outFile, JSON.stringify(buildIndex(readCorpus(corpusFile))));
