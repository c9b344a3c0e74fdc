#!/usr/bin/env python3
"""Times the published Release build of the generator against Hugo on the same synthetic programme.

Usage: bench/compare.py [--sizes 1000,10000] [--runs 5] [--work DIR] [--seed 1]

For each size it writes a synthetic programme (tools/SyntheticProgramme) as a content folder and as a plain
Hugo site, then builds both, alternating (ours, Hugo, ours, Hugo, ...), and prints the median wall time, pages
per second, the median peak memory (maximum resident set size) and the ratio ours/Hugo. It also times the real
site in content/ from the same binary, cold (a new process each run). Needs the .NET SDK and `hugo`; Linux or
macOS (peak memory comes from wait4). Not part of CI.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-06-30"


def run(cmd, **kwargs):
    subprocess.run(cmd, check=True, **kwargs)


def timed(cmd):
    """Wall seconds, peak resident memory (MiB) and CPU seconds (user + system) of one process, read from wait4 as
    /usr/bin/time -v does. On a shared machine the CPU seconds compare better than wall time."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    error = process.stderr.read().decode()
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed:\n{error}")
    peak_kib = usage.ru_maxrss / (1024 if sys.platform == "darwin" else 1)
    return elapsed, peak_kib / 1024, usage.ru_utime + usage.ru_stime


def html_pages(folder):
    return sum(1 for _ in Path(folder).rglob("*.html"))


def largest_page(folder):
    return max((p.stat().st_size, p) for p in Path(folder).rglob("*.html"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", default="1")
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "sitegen-bench"))
    args = parser.parse_args()
    work = Path(args.work)
    sizes = [int(s) for s in args.sizes.split(",")]
    binary = work / "bin" / "sitegen"

    run(["dotnet", "publish", str(ROOT / "generator" / "Generator.csproj"), "-c", "Release", "-o", str(work / "bin"), "--nologo", "-v", "q"])
    run(["dotnet", "build", str(ROOT / "tools" / "SyntheticProgramme"), "-c", "Release", "--nologo", "-v", "q"])
    writer = ROOT / "tools" / "SyntheticProgramme" / "bin" / "Release" / "net10.0" / "synthetic-programme"

    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; medians of {args.runs} runs")
    rows = []
    for size in sizes:
        folder = work / str(size)
        run([str(writer), "--subprojects", str(size), "--seed", args.seed, "--content", str(folder / "content"), "--hugo", str(folder / "hugo")], stdout=subprocess.DEVNULL)
        ours_out, hugo_out = folder / "ours-out", folder / "hugo-out"
        ours_cmd = [str(binary), "build", "--content", str(folder / "content"), "--templates", str(ROOT / "templates"), "--output", str(ours_out), "--as-of", AS_OF]
        hugo_cmd = ["hugo", "--quiet", "--source", str(folder / "hugo"), "--destination", str(hugo_out)]
        # Both write over their last output, as each does when run again (ours turns its previous-but-one version into
        # the new one, Hugo writes in place); emptied here once, so the first run of each starts from nothing.
        shutil.rmtree(hugo_out, ignore_errors=True)
        for old in [ours_out, *folder.glob(".ours-out.*")]:
            old.unlink() if old.is_symlink() or old.is_file() else shutil.rmtree(old, ignore_errors=True)
        ours, hugo = [], []
        for i in range(args.runs):
            for name, cmd, results in (("ours", ours_cmd, ours), ("hugo", hugo_cmd, hugo)) if i % 2 == 0 else (("hugo", hugo_cmd, hugo), ("ours", ours_cmd, ours)):
                results.append(timed(cmd))
                print(f"  {size:>6} {name:<4} run {i + 1}: {results[-1][0]:6.2f} s {results[-1][1]:7.0f} MiB {results[-1][2]:6.2f} s CPU", flush=True)
        rows.append((size, "ours", ours, html_pages(ours_out), largest_page(ours_out)))
        rows.append((size, "hugo", hugo, html_pages(hugo_out), largest_page(hugo_out)))

    real_cmd = [str(binary), "build", "--content", str(ROOT / "content"), "--templates", str(ROOT / "templates"), "--output", str(work / "real-out"), "--as-of", AS_OF]
    real = [timed(real_cmd) for _ in range(args.runs)]

    print(f"\nload average {os.getloadavg()[0]:.1f} at the end (the machine is shared: compare ratios, not absolute times)\n")
    print("| subprojects | tool | wall s (median) | HTML pages | pages/s | peak MiB (median) | CPU s (median) | largest page KB | ours/Hugo wall | ours/Hugo CPU |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    medians = {(size, name): statistics.median(r[0] for r in results) for size, name, results, _, _ in rows}
    cpu = {(size, name): statistics.median(r[2] for r in results) for size, name, results, _, _ in rows}
    for size, name, results, pages, (largest, _) in rows:
        wall = medians[(size, name)]
        ratio = f"{wall / medians[(size, 'hugo')]:.2f}" if name == "ours" else ""
        cpu_ratio = f"{cpu[(size, name)] / cpu[(size, 'hugo')]:.2f}" if name == "ours" else ""
        print(f"| {size} | {name} | {wall:.2f} | {pages} | {pages / wall:.0f} | {statistics.median(r[1] for r in results):.0f} | {cpu[(size, name)]:.1f} | {largest / 1024:.0f} | {ratio} | {cpu_ratio} |")
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        print(f"\nours at {large} / ours at {small}: {medians[(large, 'ours')] / medians[(small, 'ours')]:.1f}x time for {large / small:.0f}x content")
    print(f"real site (content/), cold, published binary: median {statistics.median(r[0] for r in real):.2f} s, peak {statistics.median(r[1] for r in real):.0f} MiB")
    for size, name, _, _, (largest, path) in rows:
        if name == "ours":
            print(f"largest page at {size}: {path.relative_to(work)} ({largest / 1024:.0f} KB)")


if __name__ == "__main__":
    main()
