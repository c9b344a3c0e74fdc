// Search as you type, on top of every plain <form role="search"> on the page (the one in the header and the one on /sok/);
// each works without this script (it submits to /sok/), and each shows its results right under itself.
// The words it shows come from the form's data-hits-one, data-hits-many ("{0}" is the count), data-no-hits and data-error.
// The index is split so that a query downloads only what it needs (see generator/Emit/SearchIndexEmitter.cs):
// /sok/index.json names the word files; each query term reads the one word file of its first letters, /sok/ord/w-KEY.json,
// and only the results shown read their kinds, titles, summaries and the start of their text from /sok/sider/N.json,
// from which each result's snippet is cut around the first match, with the matching words marked.
// Every term must start a word of the page (a term of one or two letters must be the whole word). Norwegian folding:
// case does not matter, å→a, æ→a, ø→o, accents are dropped, and the spellings "ae" and "aa" count as "a", so "skole" finds "skolemiljø",
// and "sykefravar", "sykefravaer" and "sykefravær" find each other. No dependencies, no cookies, no requests to other hosts.
(function () {
  "use strict";

  if (!window.fetch || !window.Map || !document.querySelectorAll) {
    return;
  }

  var MAX_RESULTS = 20;
  var KEY_LENGTH = 3;
  var WAIT_MS = 150;
  var ROOT = "/sok/";
  var manifest = null;
  var files = {};
  var failed = [];

  // The same table as generator/Emit/SearchText.cs: each letter of ACCENTED folds to the one at its place in PLAIN.
  var ACCENTED = "åæøàáâãäāçčéèêëēěíìîïīñňóòôõöōřšúùûüūůýÿž";
  var PLAIN = "aaoaaaaaacceeeeeeiiiiinnoooooorsuuuuuuyyz";

  function fold(text) {
    return text.toLowerCase()
      .replace(/[^\x00-\x7f]/g, function (c) { var at = ACCENTED.indexOf(c); return at === -1 ? c : PLAIN[at]; })
      .replace(/aa|ae/g, "a");
  }

  var SNIPPET = 180;
  var BEFORE = 60;

  // Where each word of a text starts and ends, with the word folded as the index folds it. Letters are lowered one
  // by one, so a position in the lowered text is the same position in the text itself.
  function wordsOf(text) {
    var lowered = text.replace(/[\s\S]/g, function (c) {
      var lower = c.toLowerCase();
      var at = ACCENTED.indexOf(lower);
      return at !== -1 ? PLAIN[at] : lower.length === 1 ? lower : c;
    });
    var found = [];
    var pattern = /[0-9a-z]+/g;
    var match;
    while ((match = pattern.exec(lowered)) !== null) {
      found.push({ start: match.index, end: pattern.lastIndex, word: fold(match[0]) });
    }
    return found;
  }

  // As the index finds a page: a term starts a word, and a term shorter than a word file's key is the whole word.
  function matches(word, queryTerms) {
    return queryTerms.some(function (term) {
      return term.length < KEY_LENGTH ? word === term : word.indexOf(term) === 0;
    });
  }

  // About SNIPPET characters of a text from a little before the given position, cut at spaces with "…" where cut,
  // as parts [text, marked?] in which every word a query term starts is marked.
  function excerpt(text, from, queryTerms) {
    var start = from - BEFORE <= 0 ? 0 : Math.min(text.indexOf(" ", from - BEFORE) + 1, from);
    var end = start + SNIPPET >= text.length ? text.length : text.lastIndexOf(" ", start + SNIPPET);
    if (end <= from) {
      end = text.indexOf(" ", from);
      end = end === -1 ? text.length : end;
    }
    var parts = [[start > 0 ? "… " : "", false]];
    var at = start;
    wordsOf(text.slice(start, end)).forEach(function (word) {
      if (matches(word.word, queryTerms)) {
        parts.push([text.slice(at, start + word.start), false], [text.slice(start + word.start, start + word.end), true]);
        at = start + word.end;
      }
    });
    parts.push([text.slice(at, end) + (end < text.length ? " …" : ""), false]);
    return parts;
  }

  // A result's snippet: the summary, else the start of the page's text, around the first word a query term starts;
  // when no term is in either, the summary as it is, or the start of the text.
  function snippet(page, queryTerms) {
    var sources = [page.summary, page.text];
    for (var i = 0; i < sources.length; i++) {
      var first = wordsOf(sources[i]).filter(function (word) { return matches(word.word, queryTerms); })[0];
      if (first) {
        return excerpt(sources[i], first.start, queryTerms);
      }
    }
    return page.summary ? [[page.summary, false]] : excerpt(page.text, 0, queryTerms);
  }

  function terms(text) {
    return fold(text || "").split(/[^0-9a-z]+/).filter(function (t) { return t.length > 0; });
  }

  // Each file is fetched once per page view, shared by every form.
  function json(url) {
    if (!files[url]) {
      files[url] = fetch(url).then(function (response) {
        if (!response.ok) {
          throw new Error(url + ": " + response.status);
        }
        return response.json();
      });
    }
    return files[url];
  }

  function load() {
    if (!manifest) {
      manifest = json(ROOT + "index.json").then(function (index) {
        return {
          pages: index.pages,
          perFile: index.pages_per_file,
          shards: new Set(index.shards.split(" ")),
          split: new Set(index.split.split(" "))
        };
      });
      manifest.catch(function () { failed.forEach(function (show) { show(); }); });
    }
    return manifest;
  }

  // The word file that holds every word starting with the term: its first letters, one more where that file was split.
  function wordsFor(index, term) {
    var key = term.slice(0, KEY_LENGTH);
    while (index.split.has(key) && term.length > key.length) {
      key = term.slice(0, key.length + 1);
    }
    return index.shards.has(key) ? json(ROOT + "ord/w-" + key + ".json") : Promise.resolve({});
  }

  // A list of page numbers: the gaps between them, or a base64 bitmap of every page.
  function pagesIn(list) {
    var pages = [];
    if (typeof list === "string") {
      var bits = atob(list);
      for (var i = 0; i < bits.length; i++) {
        var byte = bits.charCodeAt(i);
        for (var j = 0; j < 8; j++) {
          if (byte & (1 << j)) {
            pages.push(i * 8 + j);
          }
        }
      }
    } else {
      var page = 0;
      for (var k = 0; k < list.length; k++) {
        page += list[k];
        pages.push(page);
      }
    }
    return pages;
  }

  // A term scores 3 in the title, 2 in the summary, 1 in the text; a page must have every term.
  // Results: page numbers by score, then by number (the order of their titles).
  function find(index, queryTerms) {
    return Promise.all(queryTerms.map(function (term) { return wordsFor(index, term); })).then(function (shards) {
      var total = null;
      queryTerms.forEach(function (term, t) {
        var best = new Map();
        var shard = shards[t];
        Object.keys(shard).forEach(function (word) {
          if (word.indexOf(term) !== 0) {
            return;
          }
          shard[word].forEach(function (list, field) {
            var weight = [1, 3, 2][field];
            pagesIn(list).forEach(function (page) {
              best.set(page, Math.max(best.get(page) || 0, weight));
            });
          });
        });
        if (total === null) {
          total = best;
        } else {
          var both = new Map();
          total.forEach(function (score, page) {
            if (best.has(page)) {
              both.set(page, score + best.get(page));
            }
          });
          total = both;
        }
      });
      var hits = [];
      total.forEach(function (score, page) { hits.push({ page: page, score: score }); });
      return hits.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
    });
  }

  // Title, address, kind and snippet of the pages shown.
  function describe(index, hits) {
    return Promise.all(hits.map(function (hit) {
      return json(ROOT + "sider/" + Math.floor(hit.page / index.perFile) + ".json").then(function (file) {
        var page = file[hit.page % index.perFile];
        return { url: page[0], kind: page[1], title: page[2], summary: page[3], text: page[4] };
      });
    }));
  }

  function enhance(form, number) {
    var input = form.querySelector('input[type="search"], input[name="q"], input[type="text"]');
    if (!input) {
      return null;
    }

    var words = {
      one: form.getAttribute("data-hits-one") || "1 treff",
      many: form.getAttribute("data-hits-many") || "{0} treff",
      none: form.getAttribute("data-no-hits") || "Ingen treff",
      error: form.getAttribute("data-error") || "Søket er ikke tilgjengelig akkurat nå."
    };

    var status = document.createElement("p");
    status.className = "search-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    var list = document.createElement("ul");
    list.className = "search-results";
    list.id = "search-results-" + number;
    list.hidden = true;
    form.insertAdjacentElement("afterend", status);
    status.insertAdjacentElement("afterend", list);
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("autocomplete", "off");
    failed.push(function () { status.textContent = words.error; });

    var asked = 0;
    var timer = null;

    // Each result: what kind of page it is, its title as a link, and its snippet with the words that match marked.
    function show(count, pages, queryTerms) {
      status.textContent = count === 0 ? words.none : count === 1 ? words.one : words.many.replace("{0}", String(count));
      list.textContent = "";
      list.hidden = pages.length === 0;
      pages.forEach(function (page) {
        var item = document.createElement("li");
        var kind = document.createElement("span");
        kind.className = "search-results__kind";
        kind.textContent = page.kind;
        var link = document.createElement("a");
        link.href = page.url;
        link.textContent = page.title;
        item.appendChild(kind);
        item.appendChild(link);
        var parts = snippet(page, queryTerms).filter(function (part) { return part[0]; });
        if (parts.length > 0) {
          var text = document.createElement("p");
          parts.forEach(function (part) {
            var node = part[1] ? document.createElement("mark") : document.createTextNode(part[0]);
            node.textContent = part[0];
            text.appendChild(node);
          });
          item.appendChild(text);
        }
        list.appendChild(item);
      });
    }

    // Only the newest query is shown, whichever answer arrives last.
    function search() {
      var query = input.value;
      var number = ++asked;
      var queryTerms = terms(query);
      if (queryTerms.length === 0) {
        status.textContent = "";
        list.textContent = "";
        list.hidden = true;
        return;
      }
      load().then(function (index) {
        return find(index, queryTerms).then(function (hits) {
          return describe(index, hits.slice(0, MAX_RESULTS)).then(function (pages) {
            if (number === asked) {
              show(hits.length, pages, queryTerms);
            }
          });
        });
      }).catch(function () {
        if (number === asked) {
          status.textContent = words.error;
        }
      });
    }

    // While the reader types, wait for a pause, so the files of half-typed words are not fetched.
    function searchSoon() {
      clearTimeout(timer);
      timer = setTimeout(search, WAIT_MS);
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll("a"));
    }

    input.addEventListener("focus", load);
    input.addEventListener("input", searchSoon);

    // Arrow keys move between the input and the results; Escape clears the search.
    form.parentNode.addEventListener("keydown", function (event) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (event.target !== input && at === -1) {
        return;
      }
      if (event.key === "ArrowDown" && all.length > 0) {
        all[Math.min(at + 1, all.length - 1)].focus();
        event.preventDefault();
      } else if (event.key === "ArrowUp" && at !== -1) {
        (at === 0 ? input : all[at - 1]).focus();
        event.preventDefault();
      } else if (event.key === "Escape") {
        input.value = "";
        search();
        input.focus();
      }
    });

    return { input: input, search: search };
  }

  var forms = document.querySelectorAll('form[role="search"]');
  var main = null;
  for (var i = 0; i < forms.length; i++) {
    var enhanced = enhance(forms[i], i + 1);
    if (enhanced && forms[i].hasAttribute("data-search-page")) {
      main = enhanced;
    }
  }

  // On the search page itself a form has sent ?q=; show its results at once, under the page's own form.
  var query = new URLSearchParams(window.location.search).get("q");
  if (query && main) {
    main.input.value = query;
    main.search();
  }
})();
