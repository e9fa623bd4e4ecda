// The name resolver's keys (csto_graph/graph/resolve.py), computed in the page, so that the search
// box finds a person or body as `csto-graph query` does: any case, any alias, any script (Cyrillic
// through the transliteration table the page carries), spelling variants, a unique surname,
// initials and a surname, a Russian name in any case (the page ships each name's case forms);
// not the resolver's last tiers (the nominative guessed, lemmas, the linker's pairwise same_person).
// cstoNames.find(text, keys, visible) returns the ids that the first tier finding any finds.
var cstoNames = (function () {
  "use strict";
  var S = { translit: {}, pairs: [], particles: [], tiers: [] };
  var own = Object.prototype.hasOwnProperty;

  function init(search) { S = search; }
  function formKey(s) { return s.toLowerCase().replace(/ё/g, "е").split(/\s+/).filter(Boolean).join(" "); }  // case_forms.form_key
  function exactKey(s) { return s.normalize("NFKC").toLowerCase().split(/\s+/).filter(Boolean).join(" "); }
  function fold(s) {  // matching.fold: ASCII (anyascii's table), hyphens, dots and quotes as spaces, lower case
    var out = "";
    for (var ch of s.normalize("NFKC")) out += ch.charCodeAt(0) < 128 || !own.call(S.translit, ch) ? ch : S.translit[ch];
    return out.replace(/[-‐’'`.]/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
  }
  function spellingKey(word) {  // matching.spelling_key
    var w = fold(word).replace(/ /g, "");
    for (var i = 0; i < 5; i++) {
      var before = w;
      w = w.replace(/(.)\1+/g, "$1");
      S.pairs.forEach(function (p) { w = w.split(p[0]).join(p[1]); });
      w = w.replace(/(.)\1+/g, "$1");
      if (w === before) break;
    }
    return w;
  }
  function nameParts(s) {  // matching.name_parts: a surname with its particle ("uulu") is one part
    var w = fold(s).split(" ").filter(Boolean);
    if (w.length >= 2 && S.particles.indexOf(w[w.length - 1]) !== -1)
      return w.slice(0, -2).concat([w[w.length - 2] + " " + w[w.length - 1]]);
    return w;
  }
  function queryKeys(text) {  // resolve.query_keys
    var keys = { exact: exactKey(text), folded: fold(text),
                 spelling: fold(text).split(" ").filter(Boolean).map(spellingKey).join(" ") };
    var parts = nameParts(text);
    if (parts.length === 1) keys.surname = spellingKey(text);
    if (parts.length >= 2 && parts[0].length <= 2) keys.initials = parts[0][0] + " " + spellingKey(parts[parts.length - 1]);
    else if (parts.length >= 2 && parts.slice(1).every(function (p) { return p.length <= 2; }))
      keys.initials = parts[1][0] + " " + spellingKey(parts[0]);  // "Petrov I.N.": the surname first
    if (/[\u0400-\u04ff]/.test(text)) keys.inflected = formKey(text);  // a Russian name in any case
    Object.keys(keys).forEach(function (t) { if (!keys[t]) delete keys[t]; });
    return keys;
  }
  function find(text, keys, visible) {
    var q = queryKeys(text);
    for (var t of S.tiers) {
      if (!q[t]) continue;
      var ids = Object.keys(keys).filter(function (id) {
        return (!visible || visible(id)) && keys[id][t] && keys[id][t].indexOf(q[t]) !== -1;
      });
      if (ids.length) return ids;
    }
    return [];
  }
  return { init: init, exactKey: exactKey, fold: fold, spellingKey: spellingKey, queryKeys: queryKeys, find: find };
})();
