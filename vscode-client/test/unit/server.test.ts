import assert from "node:assert/strict";
import * as path from "node:path";
import { test } from "node:test";
import { readSettings, runTrace, serverArgs, traceArgs } from "../../src/server";

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
  assert.deepEqual(serverArgs("/x/shapesense.jar"), ["-jar", "/x/shapesense.jar", "server"]);
  assert.deepEqual(traceArgs("/x/s.jar", "Net", "/w/Net.java"), ["-jar", "/x/s.jar", "trace", "--class", "Net", "/w/Net.java"]);
});

test("summary of the seed Net from the real jar: the trace table with parameter counts", async () => {
  const r = await runTrace("java", jar, "Net", path.join(root, "testdata/models/Net.java"));
  assert.equal(r.hasErrors, false);
  const lines = r.table.split("\n");
  assert.equal(lines[1], "Input: [N, 3, 32, 32]");
  assert.equal(lines[4], "  pool     MaxPool2d  [N, 6, 14, 14]         0");
  assert.equal(lines[lines.length - 2], "Total params: 62,006");
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
