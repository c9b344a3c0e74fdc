// Search as you type, on top of a plain <form role="search"> that works without this script (it submits to /sok/).
// Reads /sok/index.json (made by the build), matches every word of the query against the start of, or anywhere in,
// the words of each page's title, summary and text. Norwegian folding: case does not matter, and å→a, æ→ae, ø→o,
// so "skole" finds "skolemiljø" and "a" finds "å". No dependencies, no cookies, no requests to other hosts.
(function () {
  "use strict";

  var form = document.querySelector('form[role="search"]');
  var input = form && form.querySelector('input[type="search"], input[name="q"], input[type="text"]');
  if (!form || !input || !window.fetch) {
    return;
  }

  var MAX_RESULTS = 20;
  var index = null;
  var loading = null;

  var status = document.createElement("p");
  status.className = "search-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  var list = document.createElement("ul");
  list.className = "search-results";
  list.id = "search-results";
  form.insertAdjacentElement("afterend", status);
  status.insertAdjacentElement("afterend", list);
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("autocomplete", "off");

  function fold(text) {
    return text.toLowerCase()
      .replace(/å/g, "a").replace(/æ/g, "ae").replace(/ø/g, "o")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function terms(text) {
    return fold(text).split(/[^0-9a-z]+/).filter(function (t) { return t.length > 0; });
  }

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
        .catch(function () { status.textContent = "Søket er ikke tilgjengelig akkurat nå."; });
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

  function render(query) {
    list.textContent = "";
    var queryTerms = terms(query);
    if (queryTerms.length === 0 || !index) {
      status.textContent = "";
      return;
    }

    var hits = index
      .map(function (entry) { return { entry: entry, score: score(entry, queryTerms) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.entry.page.title.localeCompare(b.entry.page.title, "nb"); });

    status.textContent = hits.length === 0 ? "Ingen treff" : hits.length === 1 ? "1 treff" : hits.length + " treff";
    hits.slice(0, MAX_RESULTS).forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = hit.entry.page.url;
      link.textContent = hit.entry.page.title;
      item.appendChild(link);
      if (hit.entry.page.summary) {
        var summary = document.createElement("p");
        summary.textContent = hit.entry.page.summary;
        item.appendChild(summary);
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
    if (event.key === "ArrowDown" && (event.target === input || at !== -1) && all.length > 0) {
      all[Math.min(at + 1, all.length - 1)].focus();
      event.preventDefault();
    } else if (event.key === "ArrowUp" && at !== -1) {
      (at === 0 ? input : all[at - 1]).focus();
      event.preventDefault();
    } else if (event.key === "Escape" && (event.target === input || at !== -1)) {
      input.value = "";
      render("");
      input.focus();
    }
  });

  // On the search page itself the form has sent ?q=; show its results at once.
  var query = new URLSearchParams(window.location.search).get("q");
  if (query && window.location.pathname === "/sok/") {
    input.value = query;
    search();
  }
})();
