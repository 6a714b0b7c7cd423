#!/usr/bin/env bash
# Builds the probe with MinGW-w64 and runs it under Wine, writing a capture directory.
#   capture.sh OUTDIR
# Needs the Debian packages wine64 and gcc-mingw-w64-x86-64. Uses a throw-away WINEPREFIX, so
# nothing outside OUTDIR and a temporary directory is touched.
set -euo pipefail
out=${1:?usage: capture.sh OUTDIR}
here=$(cd "$(dirname "$0")" && pwd)
wine=${WINE:-/usr/lib/wine/wine64}
work=$(mktemp -d /tmp/jpsutil-probe.XXXXXX)
trap 'WINEPREFIX="$work/prefix" /usr/lib/wine/wineserver -k 2>/dev/null || true; rm -rf "$work"' EXIT

x86_64-w64-mingw32-gcc -std=gnu11 -O1 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers \
  -o "$work/probe.exe" "$here"/probe.c "$here"/probe_process.c "$here"/probe_system.c \
  "$here"/probe_net.c "$here"/probe_host.c "$here"/probe_files.c -lpsapi -liphlpapi -lws2_32 -lwtsapi32 -lpowrprof -ladvapi32 -lsecur32 -lpdh

mkdir -p "$out"
# The probe writes through a Wine drive path: Z: maps to the Unix root. Wine copies the Unix
# environment into the Windows one, so the probe runs with a minimal one (a capture must not carry
# the host's variables).
run() {
  env -i PATH=/usr/bin:/bin HOME="$work" USER=probe LANG=C.UTF-8 WINEPREFIX="$work/prefix" \
    WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" "$@"
}
# A first run creates the prefix and starts Wine's own processes (services.exe, explorer.exe, …),
# some of them late; the server is kept alive for the second run, which captures a settled
# process table (the tests require the Toolhelp32 snapshots before and after to agree).
mkdir -p "$work/prefix"
run /usr/lib/wine/wineserver -p 60
run "$wine" "$work/probe.exe" "Z:$(echo "$work/warmup" | sed 's#/#\\#g')" >/dev/null
sleep 2
run "$wine" "$work/probe.exe" "Z:$(cd "$out" && pwd | sed 's#/#\\#g')"
{
  echo "wine_version=$("$wine" --version)"
  echo "captured_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
} >> "$out/manifest.txt"
echo "capture written to $out"
