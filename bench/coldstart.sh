#!/usr/bin/env bash
# Cold start of the language server (process start -> first diagnostics of the open seed Net)
# through every way users start it, for a base build and this tree, interleaved round by round
# (ColdStartBenchmark). Each build's ways are set up as its own launchers set them up: the
# `shapesense` launcher of its tree, the VS Code extension's command line and archive, the
# IntelliJ template's command line, the IntelliJ plugin's; archives are written first, so every
# way is measured as it starts every time but the first; `first` is this tree's template on its
# very first start (no archive yet).
#   bench/coldstart.sh [ROUNDS] [BASE_REF]      # defaults: 10 rounds, base c3fdc2a
# BASE_JAR=path skips building the base (a jar built from BASE_REF). Uses /tmp/shapesense-coldstart.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-10}"
base_ref="${2:-c3fdc2a}"
work=/tmp/shapesense-coldstart
rm -rf "$work"
mkdir -p "$work"
java="$(command -v java)"

# The base: its launcher script and jar, laid out as in its tree.
mkdir -p "$work/base/server/target"
git -C "$root" show "$base_ref:shapesense" >"$work/base/shapesense"
if [ -z "${BASE_JAR:-}" ]; then
  mkdir -p "$work/base-src"
  git -C "$root" archive "$base_ref" | tar -x -C "$work/base-src"
  (cd "$work/base-src" && mvn -B -ntp -o -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package -pl server -am >&2)
  BASE_JAR="$work/base-src/server/target/shapesense.jar"
fi
cp "$BASE_JAR" "$work/base/server/target/shapesense.jar"
bjar="$work/base/server/target/shapesense.jar"
# The base VS Code extension's archive: its makeArchive (server --self-test, its options).
"$java" -Xlog:disable -Xlog:all=warning:stderr -XX:+UseParallelGC -XX:ArchiveClassesAtExit="$work/base/vscode.jsa" \
  -jar "$bjar" server --self-test >/dev/null
mkdir -p "$work/base/plugin/server"
cp "$bjar" "$work/base/plugin/server/shapesense.jar"
mkdir -p "$work/base/home/.shapesense"
cp "$bjar" "$work/base/home/.shapesense/shapesense.jar"
base_vscode_opts=(-Xlog:disable -Xlog:all=warning:stderr -XX:-DontCompileHugeMethods -XX:+UseParallelGC)
{
  printf 'launcher\tbash\t%s\tserver\t--stdio\n' "$work/base/shapesense"
  printf 'vscode\t%s' "$java"; printf '\t%s' "${base_vscode_opts[@]}" "-XX:SharedArchiveFile=$work/base/vscode.jsa" -jar "$bjar" server --stdio '--clientProcessId=$PID'; echo
  printf 'template\t%s\t-XX:-DontCompileHugeMethods\t-XX:+UseParallelGC\t-jar\t%s\tserver\t--stdio\n' "$java" "$work/base/home/.shapesense/shapesense.jar"
  printf 'plugin\t%s\t-jar\t%s\tserver\t--stdio\n' "$java" "$work/base/plugin/server/shapesense.jar"
  printf 'first\t%s\t-XX:-DontCompileHugeMethods\t-XX:+UseParallelGC\t-jar\t%s\tserver\t--stdio\n' "$java" "$work/base/home/.shapesense/shapesense.jar"
} >"$work/base.tsv"

# This tree: built as the launcher builds it (jar, then the archive of a training run).
(cd "$root" && mvn -B -ntp -o -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package -pl server -am >&2)
options="$root/server/src/main/resources/dev/shapesense/cli/jvm.options"
mapfile -t opts < <(grep -v '^[[:space:]]*#' "$options" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//' | grep -v '^$')
mkdir -p "$work/new/server/target" "$work/new/server/src/main/resources/dev/shapesense/cli"
cp "$root/shapesense" "$work/new/shapesense"
cp "$options" "$work/new/server/src/main/resources/dev/shapesense/cli/jvm.options"
cp "$root/server/target/shapesense.jar" "$work/new/server/target/shapesense.jar"
njar="$work/new/server/target/shapesense.jar"
# The build's archive, made by the pom's command for this jar's place.
"$java" "@$options" -XX:ArchiveClassesAtExit="$njar.tmp.jsa" -jar "$njar" server --self-test >/dev/null 2>&1
mv "$njar.tmp.jsa" "$work/new/server/target/shapesense.jsa"
printf '%s\n' "$java" >"$work/new/server/target/shapesense.jsa.java"
mkdir -p "$work/new/plugin/server" "$work/new/home/.shapesense" "$work/new/first/.shapesense" "$work/new/vscode"
cp "$njar" "$work/new/plugin/server/shapesense.jar"
cp "$njar" "$work/new/home/.shapesense/shapesense.jar"
cp "$njar" "$work/new/first/.shapesense/shapesense.jar"

# Archives the servers write themselves (-Dshapesense.archive): one session each, at once.
write_archive() { # jar archive
  local fifo="$work/fifo.$$"
  mkfifo "$fifo"
  "$java" "${opts[@]}" -Dshapesense.archive="$2" -Dshapesense.archive.delay=0 -jar "$1" server --stdio <"$fifo" >/dev/null 2>&1 &
  local pid=$!
  exec 9>"$fifo"
  for _ in $(seq 600); do [ -f "$2.vm" ] && break; sleep 0.5; done
  exec 9>&-
  wait "$pid" 2>/dev/null || true
  rm -f "$fifo"
  [ -f "$2.vm" ] || { echo "no archive written: $2" >&2; exit 1; }
}
write_archive "$njar" "$work/new/vscode/vscode.jsa"
write_archive "$work/new/home/.shapesense/shapesense.jar" "$work/new/home/.shapesense/shapesense.jsa"
write_archive "$work/new/plugin/server/shapesense.jar" "$work/new/home/.shapesense/intellij-plugin.jsa"
th="$work/new/home/.shapesense"
fh="$work/new/first/.shapesense"
{
  printf 'launcher\tbash\t%s\tserver\t--stdio\n' "$work/new/shapesense"
  printf 'vscode\t%s' "$java"; printf '\t%s' "${opts[@]}" "-XX:SharedArchiveFile=$work/new/vscode/vscode.jsa" "-Dshapesense.archive=$work/new/vscode/vscode.jsa" -jar "$njar" server --stdio '--clientProcessId=$PID'; echo
  printf 'template\t%s' "$java"; printf '\t%s' "${opts[@]}" "-XX:SharedArchiveFile=$th/shapesense.jsa" "-Dshapesense.archive=$th/shapesense.jsa" -jar "$th/shapesense.jar" server --stdio; echo
  printf 'plugin\t%s' "$java"; printf '\t%s' "${opts[@]}" "-XX:SharedArchiveFile=$th/intellij-plugin.jsa" "-Dshapesense.archive=$th/intellij-plugin.jsa" -jar "$work/new/plugin/server/shapesense.jar" server --stdio; echo
  printf 'first\t%s' "$java"; printf '\t%s' "${opts[@]}" "-XX:SharedArchiveFile=$fh/shapesense.jsa" "-Dshapesense.archive=$fh/shapesense.jsa" "rm=$fh/shapesense.jsa" -jar "$fh/shapesense.jar" server --stdio; echo
} >"$work/new.tsv"

cat "$work/base.tsv" "$work/new.tsv" >&2
java -cp "$root/server/target/test-classes:$njar" dev.shapesense.lsp.ColdStartBenchmark "$rounds" "$work/base.tsv" "$work/new.tsv"
