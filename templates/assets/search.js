// Search as you type, on top of every plain <form role="search"> on the page (the one in the header and the one on /sok/);
// each works without this script (it submits to /sok/), and each shows its results right under itself.
// The words it shows come from the form's data-hits-one, data-hits-many ("{0}" is the count), data-no-hits and data-error.
// Reads /sok/index.json (made by the build), matches every word of the query against the start of, or anywhere in,
// the words of each page's title, summary and text; each result shows what kind of page it is and a snippet of its
// text around the first match, with the match marked. Norwegian folding: case does not matter, å→a, æ→a, ø→o, and the
// spellings "ae" and "aa" count as "a", so "skole" finds "skolemiljø", and "sykefravar", "sykefravaer" and
// "sykefravær" find each other. No dependencies, no cookies, no requests to other hosts.
(function () {
  "use strict";

  if (!window.fetch || !document.querySelectorAll) {
    return;
  }

  var MAX_RESULTS = 20;
  var index = null;
  var loading = null;
  var failed = [];

  function fold(text) {
    return text.toLowerCase()
      .replace(/å/g, "a").replace(/æ/g, "a").replace(/ø/g, "o")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/aa|ae/g, "a");
  }

  // One letter for one letter, so a position in the folded text is the same position in the text itself.
  function foldLetters(text) {
    return text.toLowerCase().replace(/[åæ]/g, "a").replace(/ø/g, "o");
  }

  var SNIPPET = 90;

  // The text around the first place any query term occurs, as "…before", "match", "after…"; null when none does.
  function snippet(text, queryTerms) {
    var folded = foldLetters(text || "");
    var at = -1;
    var length = 0;
    queryTerms.forEach(function (term) {
      var found = folded.indexOf(term);
      if (found !== -1 && (at === -1 || found < at)) {
        at = found;
        length = term.length;
      }
    });
    if (at === -1) {
      return null;
    }
    var start = Math.max(0, text.lastIndexOf(" ", Math.max(0, at - SNIPPET / 2)) + 1);
    var end = text.indexOf(" ", Math.min(text.length, at + length + SNIPPET / 2));
    end = end === -1 ? text.length : end;
    return [(start > 0 ? "…" : "") + text.slice(start, at), text.slice(at, at + length), text.slice(at + length, end) + (end < text.length ? "…" : "")];
  }

  function terms(text) {
    return fold(text || "").split(/[^0-9a-z]+/).filter(function (t) { return t.length > 0; });
  }

  // One index for the page, shared by every form; fetched the first time a search field gets focus.
  function load() {
    if (!loading) {
      loading = fetch("/sok/index.json")
        .then(function (response) { return response.json(); })
        .then(function (pages) {
          index = pages.map(function (page) {
            return {
              page: page,
              title: terms(page.title),
              summary: terms(page.summary),
              words: terms(page.words)
            };
          });
        })
        .catch(function () { failed.forEach(function (show) { show(); }); });
    }
    return loading;
  }

  // A term scores 3 in the title, 2 in the summary, 1 in the text; a page must contain every term.
  function score(entry, queryTerms) {
    var total = 0;
    for (var i = 0; i < queryTerms.length; i++) {
      var term = queryTerms[i];
      var has = function (word) { return word.indexOf(term) !== -1; };
      var best = entry.title.some(has) ? 3 : entry.summary.some(has) ? 2 : entry.words.some(has) ? 1 : 0;
      if (best === 0) {
        return 0;
      }
      total += best;
    }
    return total;
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

    function render(query) {
      list.textContent = "";
      var queryTerms = terms(query);
      if (queryTerms.length === 0 || !index) {
        status.textContent = "";
        list.hidden = true;
        return;
      }

      var hits = index
        .map(function (entry) { return { entry: entry, score: score(entry, queryTerms) }; })
        .filter(function (hit) { return hit.score > 0; })
        .sort(function (a, b) { return b.score - a.score || a.entry.page.title.localeCompare(b.entry.page.title, "nb"); });

      status.textContent = hits.length === 0 ? words.none : hits.length === 1 ? words.one : words.many.replace("{0}", String(hits.length));
      list.hidden = hits.length === 0;
      hits.slice(0, MAX_RESULTS).forEach(function (hit) {
        var page = hit.entry.page;
        var item = document.createElement("li");
        var kind = document.createElement("span");
        kind.className = "search-results__kind";
        kind.textContent = page.kind;
        var link = document.createElement("a");
        link.href = page.url;
        link.textContent = page.title;
        item.appendChild(kind);
        item.appendChild(link);
        var parts = snippet(page.summary, queryTerms) || snippet(page.text, queryTerms);
        var text = document.createElement("p");
        if (parts) {
          var mark = document.createElement("mark");
          mark.textContent = parts[1];
          text.appendChild(document.createTextNode(parts[0]));
          text.appendChild(mark);
          text.appendChild(document.createTextNode(parts[2]));
        } else {
          text.textContent = page.summary;
        }
        if (text.textContent) {
          item.appendChild(text);
        }
        list.appendChild(item);
      });
    }

    function search() {
      load().then(function () { render(input.value); });
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll("a"));
    }

    input.addEventListener("focus", load);
    input.addEventListener("input", search);

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
        render("");
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
