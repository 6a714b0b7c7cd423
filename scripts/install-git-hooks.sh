#!/usr/bin/env bash
# Installs a git pre-commit hook that refuses a commit whose Java sources are not formatted
# (google-java-format through Spotless). Fix with: ./mvnw spotless:apply
set -euo pipefail
top=$(git rev-parse --show-toplevel)
hook="$(git rev-parse --git-path hooks)/pre-commit"
cat > "$hook" <<'HOOK'
#!/usr/bin/env bash
if git diff --cached --name-only --diff-filter=ACM | grep -q '\.java$'; then
  ./mvnw -B -q -o spotless:check || {
    echo "pre-commit: Java sources are not formatted; run ./mvnw spotless:apply" >&2
    exit 1
  }
fi
HOOK
chmod +x "$hook"
echo "installed $hook"
