#!/usr/bin/env python3
"""Generates N git repositories of mixed sizes (with git fast-import) and a maturity.yaml naming them all.

Usage: generate-platform.py OUT_DIR [N]
Sizes (deterministic by index): 5% large (3000 files, 300 commits), 25% medium (300 files, 40 commits),
70% small (20 files, 5 commits). Files are realistic enough to reach the git extractors:
requirements, training code, CI workflows, prompts.
"""
import os
import random
import subprocess
import sys

out = os.path.abspath(sys.argv[1])
n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
os.makedirs(out, exist_ok=True)

WORKFLOW = """name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt
      - run: pytest -q
"""


def size(i):
    if i % 20 == 0:
        return 3000, 300
    if i % 4 == 1:
        return 300, 40
    return 20, 5


def blob(data):
    b = data.encode()
    return b"blob\ndata %d\n" % len(b) + b + b"\n"


def repo(i):
    path = os.path.join(out, "repos", "repo-%03d" % i)
    files, commits = size(i)
    rnd = random.Random(i)
    subprocess.run(["git", "init", "-q", "-b", "main", path], check=True)
    stream = bytearray()
    t = 1790000000
    per = max(1, files // commits)
    written = 0
    for c in range(commits):
        stream += b"commit refs/heads/main\n"
        stream += b"committer Alice Example <alice@example.com> %d +0000\n" % (t + c * 3600)
        msg = b"change %d" % c
        stream += b"data %d\n%s\n" % (len(msg), msg)
        if c == 0:
            for p, d in (("requirements.txt", "scikit-learn==1.5.2\npandas==2.2.3\nmlflow==2.17.2\n"),
                         (".github/workflows/ci.yml", WORKFLOW),
                         ("README.md", "# repo %d\n" % i)):
                stream += b"M 100644 inline " + p.encode() + b"\n" + blob(d)[5:]
        for _ in range(per):
            if written >= files:
                break
            kind = rnd.choice(["src/model_%d.py", "src/features_%d.py", "prompts/p_%d.txt", "data/schema_%d.json"])
            p = kind % written
            d = "import numpy as np\n\ndef f%d(x):\n    return np.sum(x) * %d\n" % (written, rnd.randint(1, 99))
            stream += b"M 100644 inline " + p.encode() + b"\n" + blob(d)[5:]
            written += 1
    subprocess.run(["git", "fast-import", "--quiet"], cwd=path, input=bytes(stream), check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=path, check=True)
    return "repo-%03d" % i, files, commits


targets = [repo(i) for i in range(n)]
with open(os.path.join(out, "maturity.yaml"), "w") as f:
    f.write("version: 1\ndefaults:\n  timeout: 30m\nplatforms:\n  - name: bench\n    targets:\n")
    for name, files, commits in targets:
        f.write("      - {name: %s, git: repos/%s}\n" % (name, name))
largest = max(targets, key=lambda t: (t[1], t[2]))
with open(os.path.join(out, "largest.yaml"), "w") as f:
    f.write("platforms:\n  - name: bench\n    targets:\n      - {name: %s, git: repos/%s}\n" % (largest[0], largest[0]))
print("%d repositories in %s; largest %s (%d files, %d commits)" % (n, out, largest[0], largest[1], largest[2]))
