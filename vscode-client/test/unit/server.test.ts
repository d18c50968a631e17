import assert from "node:assert/strict";
import * as path from "node:path";
import { test } from "node:test";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import { archiveArgs, archiveName, jvmArgs, makeArchive, readSettings, serverArgs, serverJar } from "../../src/server";

const root = path.resolve(__dirname, "../../../..");
// Built by `mvn package` at the root, which .ci/run runs before these tests.
const jar = path.join(root, "server/target/shapesense.jar");

test("settings: defaults, and what the user set", () => {
  assert.deepEqual(
    readSettings((_k, d) => d),
    { inlayHints: { enabled: true, maxLength: 0 }, defaultBatchSymbol: "N" },
  );
  const user: Record<string, unknown> = { "inlayHints.enabled": false, "inlayHints.maxLength": 24, defaultBatchSymbol: "B" };
  assert.deepEqual(
    readSettings(<T>(k: string, d: T) => (k in user ? (user[k] as T) : d)),
    { inlayHints: { enabled: false, maxLength: 24 }, defaultBatchSymbol: "B" },
  );
});

test("command lines of the server and of the archive run", () => {
  const log = ["-Xlog:disable", "-Xlog:all=warning:stderr"];
  const jit = "-XX:-DontCompileHugeMethods";
  const gc = "-XX:+UseParallelGC";
  assert.deepEqual(serverArgs("/x/shapesense.jar"), [...log, jit, gc, "-jar", "/x/shapesense.jar", "server"]);
  assert.deepEqual(serverArgs("/x/shapesense.jar", "/s/a.jsa"), [...log, jit, gc, "-XX:SharedArchiveFile=/s/a.jsa", "-jar", "/x/shapesense.jar", "server"]);
  assert.deepEqual(archiveArgs("/x/s.jar", "/s/a.jsa.1.tmp"), [...log, gc, "-XX:ArchiveClassesAtExit=/s/a.jsa.1.tmp", "-jar", "/x/s.jar", "server", "--self-test"]);
  assert.equal(archiveName(123, 456.7, 17), "shapesense-123-456-java17.jsa");
  assert.deepEqual(serverArgs("/x/s.jar", "/s/a.jsa", ["-Xmx2g", "-XX:+UseG1GC"]), [...log, jit, gc, "-XX:SharedArchiveFile=/s/a.jsa", "-Xmx2g", "-XX:+UseG1GC", "-jar", "/x/s.jar", "server"]);
});

test("the server jar: the bundled one, or the setting's when it names a file", () => {
  const files = new Set(["/opt/shapesense.jar"]);
  const isFile = (p: string) => files.has(p);
  assert.deepEqual(serverJar(null, "/ext/server/shapesense.jar", isFile), { jar: "/ext/server/shapesense.jar", custom: false });
  assert.deepEqual(serverJar("  ", "/ext/s.jar", isFile), { jar: "/ext/s.jar", custom: false });
  assert.deepEqual(serverJar(" /opt/shapesense.jar ", "/ext/s.jar", isFile), { jar: "/opt/shapesense.jar", custom: true });
  assert.deepEqual(serverJar("/opt/missing.jar", "/ext/s.jar", isFile), { error: "shapesense.server.path names no file: /opt/missing.jar" });
  assert.deepEqual(serverJar("s.jar", "/ext/s.jar", isFile), { error: 'shapesense.server.path must be an absolute path to a jar; it is "s.jar".' });
  assert.deepEqual(jvmArgs(["-Xmx2g", " -Dx=1 ", "", 3]), ["-Xmx2g", "-Dx=1"]);
  assert.deepEqual(jvmArgs("-Xmx2g"), []);
});

test("class-data-sharing archive from the real jar: written whole, then used by a server start", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shapesense-cds-"));
  try {
    const archive = path.join(dir, "a.jsa");
    assert.equal(await makeArchive("java", jar, archive), true);
    assert.ok(fs.statSync(archive).size > 0);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp")), []);
    const out = await new Promise<string>((resolve, reject) =>
      execFile("java", [...serverArgs(jar, archive).slice(0, -3), "-Xshare:on", "-jar", jar, "--version"], (err, stdout) =>
        err ? reject(err) : resolve(stdout),
      ),
    );
    assert.match(out, /\S/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
