import assert from "node:assert/strict";
import * as path from "node:path";
import { test } from "node:test";
import { NoJavaError, findJava, javaCandidates, parseJavaVersion } from "../../src/java";

test("candidates: the setting, then JAVA_HOME, then java on the PATH", () => {
  assert.deepEqual(javaCandidates("/opt/jdk21", { JAVA_HOME: "/usr/lib/jvm/java-17" }, "linux"), [
    { source: "shapesense.java.home", executable: path.join("/opt/jdk21", "bin", "java") },
    { source: "JAVA_HOME", executable: path.join("/usr/lib/jvm/java-17", "bin", "java") },
    { source: "PATH", executable: "java" },
  ]);
});

test("candidates: blank setting and JAVA_HOME are skipped; Windows uses java.exe", () => {
  assert.deepEqual(javaCandidates("  ", { JAVA_HOME: "" }, "linux"), [{ source: "PATH", executable: "java" }]);
  assert.deepEqual(javaCandidates(null, {}, "win32"), [{ source: "PATH", executable: "java" }]);
  assert.equal(javaCandidates("C:/jdk", {}, "win32")[0].executable, path.join("C:/jdk", "bin", "java.exe"));
});

test("version: both numbering schemes and early-access builds", () => {
  assert.equal(parseJavaVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment'), 17);
  assert.equal(parseJavaVersion('java version "1.8.0_392"\nJava(TM) SE Runtime Environment'), 8);
  assert.equal(parseJavaVersion('openjdk version "21" 2023-09-19'), 21);
  assert.equal(parseJavaVersion('openjdk version "24-ea" 2025-03-18'), 24);
  assert.equal(parseJavaVersion("bash: java: command not found"), undefined);
});

const versions: Record<string, string> = {
  "/old/bin/java": 'java version "1.8.0_392"',
  "/new/bin/java": 'openjdk version "21.0.2" 2024-01-16',
  java: 'openjdk version "17.0.15" 2025-04-15',
};
const probe = async (exe: string) => {
  if (!(exe in versions)) {
    throw Object.assign(new Error("spawn " + exe + " ENOENT"), { code: "ENOENT" });
  }
  return versions[exe];
};

test("find: the first Java 17+ wins", async () => {
  const found = await findJava(javaCandidates("/new", { JAVA_HOME: "/old" }, "linux"), probe);
  assert.deepEqual(found, { source: "shapesense.java.home", executable: path.join("/new", "bin", "java"), major: 21 });
});

test("find: a too-old JAVA_HOME falls through to the PATH", async () => {
  const found = await findJava(javaCandidates(undefined, { JAVA_HOME: "/old" }, "linux"), probe);
  assert.deepEqual(found, { source: "PATH", executable: "java", major: 17 });
});

test("find: nothing usable names every candidate and why", async () => {
  const candidates = javaCandidates("/missing", { JAVA_HOME: "/old" }, "linux").slice(0, 2);
  await assert.rejects(findJava(candidates, probe), (e: unknown) => {
    assert.ok(e instanceof NoJavaError);
    assert.equal(
      e.message,
      `ShapeSense needs Java 17 or newer: ${path.join("/missing", "bin", "java")} (from shapesense.java.home): not found; ` +
        `${path.join("/old", "bin", "java")} (from JAVA_HOME) is Java 8.`,
    );
    return true;
  });
});

test("find: a real java on this machine is found and is 17+", async () => {
  const found = await findJava(javaCandidates(undefined, {}, process.platform));
  assert.equal(found.source, "PATH");
  assert.ok(found.major >= 17, `major ${found.major}`);
});
