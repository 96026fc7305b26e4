// node fold-cases.js cases.json out.json
// For each string: fold.js's fold and tokenize, and lunr's own tokenizer followed by the vnFold pipeline
// function, and the engine's own primitives (NFD then lower-case, NFC, unassigned), all encoded as UTF-16 code units in hex so lone surrogates survive the trip.
'use strict';
const fs = require('fs');
const path = require('path');
const lunr = require('lunr');
const vnFold = require(path.join(__dirname, '..', '..', 'themes', 'default', 'assets', 'js', 'fold.js'));

const hex = (s) => {
  let r = '';
  for (let i = 0; i < s.length; i++) r += s.charCodeAt(i).toString(16).padStart(4, '0');
  return r;
};
const unhex = (h) => {
  let r = '';
  for (let i = 0; i < h.length; i += 4) r += String.fromCharCode(parseInt(h.substr(i, 4), 16));
  return r;
};

const pipeline = new lunr.Pipeline();
pipeline.add(vnFold.register(lunr));
const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')).map(unhex);
const out = cases.map((s) => [
  hex(vnFold.fold(s)),
  vnFold.tokenize(s).map(hex),
  pipeline.run(lunr.tokenizer(s)).map((t) => hex(t.toString())),
  hex(s.normalize('NFD').toLowerCase()),
  hex(s.normalize('NFC')),
  /\p{Cn}/u.test(s) ? 1 : 0,
]);
fs.writeFileSync(process.argv[3], JSON.stringify(out));
