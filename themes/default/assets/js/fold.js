/*
 * fold.js: the one text folding of the site's search, identical to the C# VietnameseFolding.
 *
 *   fold(word):     NFD; drop combining diacritical marks (U+0300-036F, 1AB0-1AFF, 1DC0-1DFF, 20D0-20FF,
 *                   FE20-FE2F); đ/Đ -> d; lower-case; final sigma -> sigma; trim everything but letters, marks
 *                   and decimal digits at both ends; NFC. "Đổi mới," -> "doi" ... "moi".
 *   tokenize(text): lunr's default tokenizer (lower-case, split on /[\s\-]+/) then fold each piece, empties dropped.
 *   register(lunr): registers fold as the lunr pipeline function labelled "vnFold" (idempotent).
 *
 * Works as a browser script (window.vnFold) and as a CommonJS module (node).
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    root.vnFold = factory();
  }
}(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var D = /[\u0111\u0110]/g;
  var FINAL_SIGMA = /\u03c2/g;
  var EDGES = /^[^\p{L}\p{M}\p{Nd}]+|[^\p{L}\p{M}\p{Nd}]+$/gu;
  var SEPARATOR = /[\s\-]+/;
  var LABEL = 'vnFold';

  function fold(word) {
    if (word === null || word === undefined) {
      return '';
    }
    var s = String(word).normalize('NFD')
      .replace(MARKS, '')
      .replace(D, 'd')
      .toLowerCase()
      .replace(FINAL_SIGMA, '\u03c3')
      .replace(EDGES, '');
    return s.normalize('NFC');
  }

  function tokenize(text) {
    if (text === null || text === undefined) {
      return [];
    }
    var pieces = String(text).toLowerCase().split(SEPARATOR);
    var tokens = [];
    for (var i = 0; i < pieces.length; i++) {
      var t = fold(pieces[i]);
      if (t) {
        tokens.push(t);
      }
    }
    return tokens;
  }

  function pipelineFunction(token) {
    var s = fold(token.toString());
    if (!s) {
      return null;
    }
    return token.update(function () { return s; });
  }

  function register(lunr) {
    if (!lunr.Pipeline.registeredFunctions[LABEL]) {
      lunr.Pipeline.registerFunction(pipelineFunction, LABEL);
    }
    return lunr.Pipeline.registeredFunctions[LABEL];
  }

  return { fold: fold, tokenize: tokenize, register: register, label: LABEL, separator: SEPARATOR };
}));
