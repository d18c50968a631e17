import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { test } from "node:test";
import { ARTIFACTS, ROOT, editorLines, eventually, openFile, openVsCode } from "./codeServer";

test("shapesense.server.path and shapesense.server.jvmArgs: the server runs from that jar with those options", async () => {
  // The jar the Maven build made, not the one inside the extension; machine-scoped settings of a
  // remote window (code-server) live in its Machine settings.
  const jar = path.join(ROOT, "server/target/shapesense.jar");
  const marker = `-Dshapesense.e2e=server-settings-${process.pid}`;
  const s = await openVsCode("server-settings", {}, {}, { "shapesense.server.path": jar, "shapesense.server.jvmArgs": ["-Xmx512m", marker] });
  try {
    await openFile(s.page, "Net.java");
    const lines = await eventually("hints from the configured server", () => editorLines(s.page), (ls) => ls.some((l) => l.hints.includes("[N, 400]")), 60000);
    assert.deepEqual(lines.find((l) => l.line === 20)?.hints, ["[N, 400]"]);
    // The process as the operating system sees it: the user's options, after the extension's, then the jar.
    const ps = execFileSync("ps", ["-eo", "args"], { encoding: "utf8" }).split("\n").filter((l) => l.includes(marker));
    assert.equal(ps.length, 1, ps.join("\n"));
    assert.match(ps[0], new RegExp(` -Xmx512m ${marker} -jar ${jar.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} server --stdio`));
    await s.page.screenshot({ path: path.join(ARTIFACTS, "vscode-server-settings.png") });
  } catch (e) {
    await s.page.screenshot({ path: path.join(ARTIFACTS, "vscode-server-settings-failure.png") });
    throw e;
  } finally {
    await s.close();
  }
});
