#!/usr/bin/env python3
"""Counts a module's source lines the way docs/backend-size/README.md measures the backends.

    scripts/backend-sloc.py REV MODULE      # e.g. 3431ada backend-sunos, or measure-sunos backend-sunos

A line counts when it is not blank, not a comment (// or inside /* ... */) and not an `import` or
`package` line; every .java file under MODULE/src/main/java at git revision REV counts, module-info
included, package-info not (it holds only documentation). REV may be WORKTREE for the files as they
are on disk.
"""
import subprocess
import sys


def java_sources(rev, module):
    listing = ["ls-files"] if rev == "WORKTREE" else ["ls-tree", "-r", "--name-only", rev]
    paths = git(*listing, f"{module}/src/main/java").split()
    for path in paths:
        if path.endswith(".java") and not path.endswith("package-info.java"):
            yield open(path).read() if rev == "WORKTREE" else git("show", f"{rev}:{path}")


def code_lines(text):
    count, in_block = 0, False
    for line in text.splitlines():
        s = line.strip()
        if in_block:
            if "*/" not in s:
                continue
            in_block, s = False, s[s.index("*/") + 2 :].strip()
        if s.startswith("/*"):
            if "*/" not in s:
                in_block = True
                continue
            s = s[s.index("*/") + 2 :].strip()
        if s and not s.startswith(("//", "import ", "package ")):
            count += 1
    return count


def git(*args):
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    revision, module_dir = sys.argv[1], sys.argv[2]
    files = list(java_sources(revision, module_dir))
    print(f"{module_dir} at {revision}: {sum(map(code_lines, files))} lines in {len(files)} files")
