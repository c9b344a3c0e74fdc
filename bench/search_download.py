#!/usr/bin/env python3
"""What templates/assets/search.js downloads for a reader's first query over a built site's sok/ folder.

Usage: bench/search_download.py SITE/sok QUERY...

For each query: the manifest, one word file per term (its first letters, one more where that file was split) and the
page files of the 20 results shown, each file once, as the script fetches them. Folding and scoring mirror the script
(and tests/Support/SearchClient.cs, which the tests use to hold every query under 300 KB).
"""
import base64, json, os, re, sys

root = sys.argv[1]
ACC = "åæøàáâãäāçčéèêëēěíìîïīñňóòôõöōřšúùûüūůýÿž"
PLAIN = "aaoaaaaaacceeeeeeiiiiinnoooooorsuuuuuuyyz"

def fold(t):
    t = "".join(PLAIN[ACC.index(c)] if c in ACC else c for c in t.lower())
    return re.sub("aa|ae", "a", t)

def terms(q):
    return [t for t in re.split("[^0-9a-z]+", fold(q)) if t]

def pages_in(lst):
    if isinstance(lst, str):
        bits = base64.b64decode(lst)
        return [i * 8 + j for i, b in enumerate(bits) for j in range(8) if b & (1 << j)]
    out, p = [], 0
    for g in lst:
        p += g; out.append(p)
    return out

def search(q):
    fetched = {}
    def get(rel):
        path = os.path.join(root, rel)
        if rel not in fetched:
            fetched[rel] = os.path.getsize(path)
        return json.load(open(path, encoding="utf-8"))
    idx = get("index.json")
    shards, split = set(idx["shards"].split(" ")), set(idx["split"].split(" "))
    total = None
    for term in terms(q):
        key = term[:3]
        while key in split and len(term) > len(key):
            key = term[:len(key) + 1]
        shard = get(f"ord/w-{key}.json") if key in shards else {}
        best = {}
        for word, lists in shard.items():
            if word.startswith(term):
                for field, lst in enumerate(lists):
                    for p in pages_in(lst):
                        best[p] = max(best.get(p, 0), [1, 3, 2][field])
        total = best if total is None else {p: s + best[p] for p, s in total.items() if p in best}
    hits = sorted(total.items(), key=lambda x: (-x[1], x[0]))
    for p, _ in hits[:20]:
        get(f"sider/{p // idx['pages_per_file']}.json")
    return len(hits), sum(fetched.values()), len(fetched)

for q in sys.argv[2:]:
    n, size, files = search(q)
    print(f"{q!r}: {n} hits, {size / 1024:.1f} KB in {files} files")
