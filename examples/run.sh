#!/usr/bin/env bash
# Builds and runs the example projects as a user would, and checks what the seed program prints
# against PyTorch's own output (seed-pytorch.txt, recorded by seed_pytorch.py with PyTorch 1.13):
#   1. the README's install step, into a local Maven repository of its own (never ~/.m2, which
#      other checkouts' reactor builds read): $SHAPESENSE_EXAMPLES_M2, by default
#      ${XDG_CACHE_HOME:-~/.cache}/shapesense-ci/examples-m2 (Maven Central on first use);
#   2. examples/maven, copied elsewhere: `mvn -q compile exec:java`;
#   3. examples/gradle: `gradle run` with a Gradle that reads the Kotlin DSL (7.3+); with an older
#      one (Debian's 4.4 has no Kotlin DSL) the same sources and dependency through the equivalent
#      Groovy build, and says so; without Gradle, says it skipped;
#   4. the seed on the module path: a named module requiring dev.shapesense.nn;
#   5. `shapesense check` finds nothing wrong in the examples.
# Each run must print PyTorch's lines (its torch.Size([...]) is the nn API's [...], its
# RuntimeError a ShapeError) and five CPU values, the same in every run. Called by ./test.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
revision="$(sed -n 's|.*<revision>\(.*\)</revision>.*|\1|p' "$root/pom.xml" | head -1)"
repo="${SHAPESENSE_EXAMPLES_M2:-${XDG_CACHE_HOME:-$HOME/.cache}/shapesense-ci/examples-m2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
passed=0
plain() { sed 's/\x1b\[[0-9;]*m//g'; }
fail() { echo "examples: FAIL: $*" >&2; failures=$((failures + 1)); }

# The examples name the version the build makes, and hold the same sources.
grep -q "<shapesense.version>$revision</shapesense.version>" "$here/maven/pom.xml" \
  || fail "examples/maven/pom.xml: shapesense.version is not $revision"
grep -qx "shapesenseVersion=$revision" "$here/gradle/gradle.properties" \
  || fail "examples/gradle/gradle.properties: shapesenseVersion is not $revision"
diff -r "$here/maven/src" "$here/gradle/src" >/dev/null || fail "examples/maven/src and examples/gradle/src differ"
grep -q "<version>$revision</version>" "$root/README.md" && grep -q "dev.shapesense:nn:$revision\"" "$root/README.md" \
  || fail "README.md: the dependency snippets do not name $revision"

# PyTorch's output in the nn API's words.
sed -e 's/torch\.Size(\(\[[^]]*\]\))/\1/' -e 's/^RuntimeError: /ShapeError: /' "$here/seed-pytorch.txt" > "$work/expected.txt"

check() { # name file
  local name="$1" out="$2"
  if ! grep -v '^output\[0, :5\] ' "$out" | diff -u "$work/expected.txt" - > "$work/$name.diff"; then
    fail "$name: the seed's output differs from PyTorch's:"; cat "$work/$name.diff" >&2; return
  fi
  if ! grep -Eq '^output\[0, :5\] \[(-?[0-9]+\.[0-9]{4}(, |\]$)){5}' "$out"; then
    fail "$name: no five CPU values:"; cat "$out" >&2; return
  fi
  # The fixed seed gives the same numbers however the program is built and run.
  if [ -n "$first_out" ] && ! diff -u "$first_out" "$out" > "$work/$name.same.diff"; then
    fail "$name: prints other values than the first run:"; cat "$work/$name.same.diff" >&2; return
  fi
  first_out="${first_out:-$out}"
  echo "examples: $name: seed output matches PyTorch's ($(grep -c '^Shape of output' "$out") hook lines, the error, the CPU shape), $(grep '^output\[0, :5\] ' "$out")"
  passed=$((passed + 1))
}
first_out=

start=$SECONDS
(cd "$root" && mvn -B -ntp -q -pl nn install -Dmaven.test.skip=true -Dmaven.repo.local="$repo" 2>&1 | plain) \
  || { echo "examples: FAIL: install of nn into $repo" >&2; exit 1; }
echo "examples: nn $revision installed into $repo in $((SECONDS - start)) s"

# 2. Maven, from a copy of the folder: nothing of the repository around it is used.
cp -r "$here/maven" "$work/maven"
start=$SECONDS
if (cd "$work/maven" && mvn -B -ntp -q -Dmaven.repo.local="$repo" compile exec:java 2> "$work/maven.err" | plain > "$work/maven.out"); then
  echo "examples: maven: mvn -q compile exec:java in $((SECONDS - start)) s"
  check maven "$work/maven.out"
else
  fail "maven: mvn compile exec:java failed:"; cat "$work/maven.out" "$work/maven.err" >&2
fi

# 3. Gradle. In CI, Debian's when there is none (as root, like vscode-client/scripts/ci.sh).
if ! command -v gradle > /dev/null && [ -n "${CI:-}" ] && [ "$(id -u)" = 0 ]; then
  apt-get install -y -qq gradle > "$work/apt.log" 2>&1 || { apt-get update -qq > /dev/null 2>&1 && apt-get install -y -qq gradle > "$work/apt.log" 2>&1; } || true
fi
gradle_version="$(gradle --version 2>/dev/null | sed -n 's/^Gradle \([0-9][0-9.]*\).*/\1/p' || true)"
if [ -z "$gradle_version" ]; then
  echo "examples: gradle: no gradle on the PATH, skipped"
else
  cp -r "$here/gradle" "$work/gradle"
  major="${gradle_version%%.*}"
  minor="$(echo "$gradle_version" | cut -d. -f2)"
  if [ "$major" -gt 7 ] || { [ "$major" -eq 7 ] && [ "$minor" -ge 3 ]; }; then
    how="gradle run (Gradle $gradle_version, Kotlin DSL)"
  else
    # Gradle before 5 has no Kotlin DSL: the same project in the Groovy DSL of its time.
    how="gradle run (Gradle $gradle_version: no Kotlin DSL, the equivalent Groovy build)"
    rm "$work/gradle/build.gradle.kts" "$work/gradle/settings.gradle.kts"
    cat > "$work/gradle/build.gradle" <<'GROOVY'
apply plugin: 'application'
repositories { mavenLocal(); mavenCentral() }
dependencies { compile "dev.shapesense:nn:$shapesenseVersion" }
mainClassName = 'com.example.Seed'
GROOVY
    echo "rootProject.name = 'shapesense-example'" > "$work/gradle/settings.gradle"
  fi
  start=$SECONDS
  if (cd "$work/gradle" && gradle -q --no-daemon -Dmaven.repo.local="$repo" -g "$work/gradle-home" run 2> "$work/gradle.err" | plain > "$work/gradle.out"); then
    echo "examples: gradle: $how in $((SECONDS - start)) s"
    check gradle "$work/gradle.out"
  else
    fail "gradle: $how failed:"; cat "$work/gradle.out" "$work/gradle.err" >&2
  fi
fi

# 4. The module path: a named module that requires dev.shapesense.nn and opens its models to it
#    (namedModules() reads their fields).
jar="$repo/dev/shapesense/nn/$revision/nn-$revision.jar"
mkdir -p "$work/module/src" "$work/module/out"
cp -r "$here/maven/src/main/java/." "$work/module/src/"
cat > "$work/module/src/module-info.java" <<'JAVA'
module com.example {
    requires dev.shapesense.nn;
    opens com.example to dev.shapesense.nn;
}
JAVA
if javac --release 17 -d "$work/module/out" --module-path "$jar" $(find "$work/module/src" -name '*.java') > "$work/module.out" 2>&1 \
   && java --module-path "$jar:$work/module/out" -m com.example/com.example.Seed > "$work/module.out" 2> "$work/module.err"; then
  echo "examples: module path: java --module-path nn.jar:... -m com.example/com.example.Seed"
  check module-path "$work/module.out"
else
  fail "module path:"; cat "$work/module.out" "$work/module.err" 2>/dev/null >&2
fi

# 5. The analyzer has nothing to say against the examples.
if "$root/shapesense" check "$here/maven/src/main/java" > "$work/check.out" 2>&1; then
  echo "examples: shapesense check examples/maven: no diagnostics"
  passed=$((passed + 1))
else
  fail "shapesense check examples/maven:"; cat "$work/check.out" >&2
fi

echo "examples: $passed passed, $failures failed"
[ "$failures" -eq 0 ]
