#!/usr/bin/env python3
"""Times `serve`'s preview: from saving one content file to the browser being told to reload.

Usage: bench/preview_delay.py [--content DIR | --clone] [--binary PATH] [--saves 5] [--pause 0] [--port 8765] [--edit body|status|title|body,status] [--log FILE]

Copies the content folder (default: the repository's content/) to a temporary folder, starts `serve` on it, and
for each save edits one subproject file (--edit body: appends a sentence to its body; --edit status: changes its
`status:` to another value, which changes lists, counts and the front page too; --edit title: numbers its title, which
every list that names it shows), then waits for the "reload" event
on the Server-Sent Events stream an open page listens to. The next save follows the reloaded page at once (the
worst case: the last save's data files are still being written), or after --pause seconds, as when someone reads the
page before saving again. Prints each delay and the median; --log keeps serve's
output, which says how many pages each save rendered and how long each stage took. --clone serves the content/ of a
local clone of this repository instead of a copy, so that serve reads the history from git as it does in real use.
Linux or macOS; not part of CI.
"""
import argparse
import os
import http.client
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def page(port, path="/"):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    connection.request("GET", path)
    response = connection.getresponse()
    return response.status, response.read().decode()


def cpu_ms(pid):
    """User plus system CPU time of the serve process so far (Linux /proc; None elsewhere): on a shared machine
    the CPU a rebuild costs says more than its wall time."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
    except OSError:
        return None


def wait_for_site(port, process):
    while True:
        if process.poll() is not None:
            raise SystemExit("serve stopped")
        try:
            status, html = page(port)
            if status == 200:
                return html
        except OSError:
            pass
        time.sleep(0.2)


STATUSES = ["planned", "active", "completed", "paused"]


def edit(target, kind, save):
    """One save of the file, as an editor makes it: the whole file written again."""
    text = target.read_text(encoding="utf-8")
    if kind == "body":
        text += f"\nLagret på nytt, gang {save + 1}.\n"
    elif kind == "title":
        title = re.search(r"^title: *(.*)$", text, re.MULTILINE)
        text = text[:title.start(1)] + re.sub(r"( \(\d+\))?$", f" ({save + 1})", title.group(1), count=1) + text[title.end(1):]
    else:
        status = re.search(r"^status: *(\w+)", text, re.MULTILINE)
        new = next(s for s in STATUSES if s != status.group(1))
        text = text[:status.start(1)] + new + text[status.end(1):]
    target.write_text(text, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--content", default=str(ROOT / "content"))
    parser.add_argument("--binary", default=None, help="a published sitegen (default: dotnet run --project generator -c Release)")
    parser.add_argument("--saves", type=int, default=5)
    parser.add_argument("--pause", type=float, default=0, help="seconds between a reload and the next save (default: none)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--edit", default="body", help="body, status, title, or several as body,status (one serve, saves of each in turn)")
    parser.add_argument("--log", default=None, help="a file for serve's output")
    parser.add_argument("--clone", action="store_true", help="serve a local git clone's content/, with its history")
    parser.add_argument("--templates", default=str(ROOT / "templates"), help="the templates the binary was built with")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        if args.clone:
            subprocess.run(["git", "clone", "-q", "--local", str(ROOT), str(Path(work) / "repo")], check=True)
            content = Path(work) / "repo" / "content"
        else:
            content = Path(work) / "content"
            shutil.copytree(args.content, content)
        target = sorted((content / "subprojects").glob("*.md"))[0]
        command = [args.binary] if args.binary else ["dotnet", "run", "--project", str(ROOT / "generator"), "-c", "Release", "--"]
        process = subprocess.Popen(command + ["serve", "--content", str(content), "--templates", args.templates, "--port", str(args.port)],
                                   stdout=open(args.log, "w") if args.log else subprocess.DEVNULL, stderr=subprocess.STDOUT)
        try:
            html = wait_for_site(args.port, process)
            kinds = args.edit.split(",")
            delays, cpu = {k: [] for k in kinds}, {k: [] for k in kinds}
            for save, kind in ((s, k) for k in kinds for s in range(args.saves)):
                time.sleep(args.pause)
                generation = re.search(r"data-since=\"(\d+)\"", html).group(1)
                stream = http.client.HTTPConnection("127.0.0.1", args.port, timeout=600)
                stream.request("GET", f"/__reload?since={generation}")
                response = stream.getresponse()
                response.readline()  # ": connected"
                edit(target, kind, save)
                saved, cpu_before = time.perf_counter(), cpu_ms(process.pid)
                while b"reload" not in response.readline():
                    pass
                delays[kind].append((time.perf_counter() - saved) * 1000)
                cpu[kind].append(cpu_ms(process.pid) - cpu_before if cpu_before is not None else float("nan"))
                stream.close()
                print(f"{kind} save {save + 1}: reload after {delays[kind][-1]:.0f} ms, {cpu[kind][-1]:.0f} ms of CPU", flush=True)
                html = page(args.port)[1]
            for kind in kinds:
                print(f"median {statistics.median(delays[kind]):.0f} ms wall, {statistics.median(cpu[kind]):.0f} ms CPU, over {len(delays[kind])} {kind} edits of {target.name}")
        finally:
            process.terminate()
            process.wait()


if __name__ == "__main__":
    main()
