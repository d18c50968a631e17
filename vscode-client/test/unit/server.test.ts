import assert from "node:assert/strict";
import * as path from "node:path";
import { test } from "node:test";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import { archiveArgs, archiveName, makeArchive, readSettings, runTrace, serverArgs, traceArgs } from "../../src/server";

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

test("command lines of the server and the summary", () => {
  const log = ["-Xlog:disable", "-Xlog:all=warning:stderr"];
  const jit = "-XX:-DontCompileHugeMethods";
  const gc = "-XX:+UseParallelGC";
  assert.deepEqual(serverArgs("/x/shapesense.jar"), [...log, jit, gc, "-jar", "/x/shapesense.jar", "server"]);
  assert.deepEqual(serverArgs("/x/shapesense.jar", "/s/a.jsa"), [...log, jit, gc, "-XX:SharedArchiveFile=/s/a.jsa", "-jar", "/x/shapesense.jar", "server"]);
  assert.deepEqual(archiveArgs("/x/s.jar", "/s/a.jsa.1.tmp"), [...log, gc, "-XX:ArchiveClassesAtExit=/s/a.jsa.1.tmp", "-jar", "/x/s.jar", "server", "--self-test"]);
  assert.equal(archiveName(123, 456.7, 17), "shapesense-123-456-java17.jsa");
  assert.deepEqual(traceArgs("/x/s.jar", "Net", "/w/Net.java"), ["-jar", "/x/s.jar", "trace", "--stats", "--class", "Net", "/w/Net.java"]);
});

test("summary of the seed Net from the real jar: the torchinfo-grade table", async () => {
  const r = await runTrace("java", jar, "Net", path.join(root, "testdata/models/Net.java"));
  assert.equal(r.hasErrors, false);
  const lines = r.table.split("\n");
  assert.equal(lines[1], "Input: [N, 3, 32, 32]");
  assert.equal(lines[4], "  pool     MaxPool2d  [N, 6, 28, 28]   [N, 6, 14, 14]         0          0            0     4,704 * N");
  assert.equal(lines[lines.length - 2], "Estimated Total Size (bytes): 64,432 * N + 248,024");
});

test("summary of a buggy model marks the failing layer", async () => {
  const r = await runTrace("java", jar, "BuggyNet", path.join(root, "testdata/models/BuggyNet.java"));
  assert.equal(r.hasErrors, true);
  assert.match(r.table, /^! fc1 +Linear .*mat1 and mat2 shapes cannot be multiplied \(Nx400 and 256x120\)$/m);
});

test("summary of a class that is not there: the tool's message", async () => {
  await assert.rejects(
    runTrace("java", jar, "Nope", path.join(root, "testdata/models/Net.java")),
    /no model class named Nope in the given files/,
  );
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
