import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";
import { ARTIFACTS, openFile, openVsCode } from "./codeServer";

test("VS Code without Java 17+: a notification says what was found and how to fix it", async () => {
  // A JDK 8 in the setting, no JAVA_HOME, and no java on the PATH (only Node's folder is left).
  // VSCODE_CLI keeps the server from restoring PATH from a login shell, as it does when launched
  // from a terminal.
  const jdk8 = mkdtempSync(path.join(os.tmpdir(), "shapesense-jdk8-"));
  mkdirSync(path.join(jdk8, "bin"));
  writeFileSync(path.join(jdk8, "bin/java"), '#!/bin/sh\necho \'java version "1.8.0_392"\' >&2\n');
  chmodSync(path.join(jdk8, "bin/java"), 0o755);
  const s = await openVsCode("nojava", {}, { JAVA_HOME: undefined, PATH: path.dirname(process.execPath), VSCODE_CLI: "1" }, { "shapesense.java.home": jdk8 });
  try {
    await openFile(s.page, "Net.java");
    const toast = s.page.locator(".notification-toast", { hasText: "(from shapesense.java.home) is Java 8" }).first();
    await toast.waitFor({ timeout: 60000 });
    const text = (await toast.innerText()).replace(/\s+/g, " ");
    assert.match(
      text,
      new RegExp(
        `ShapeSense needs Java 17 or newer: ${path.join(jdk8, "bin/java").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(from shapesense\\.java\\.home\\) is Java 8; java on the PATH: not found\\. ` +
          "Install a JDK 17\\+ and set JAVA_HOME, or point shapesense\\.java\\.home at one",
      ),
    );
    assert.match(text, /Set shapesense\.java\.home/);
    assert.match(text, /Download Java/);
    assert.equal((await s.page.locator(".statusbar-item", { hasText: "ShapeSense" }).first().getAttribute("aria-label"))?.includes("could not start"), true);
    await s.page.screenshot({ path: path.join(ARTIFACTS, "vscode-no-java.png") });
  } catch (e) {
    await s.page.screenshot({ path: path.join(ARTIFACTS, "vscode-no-java-failure.png") });
    throw e;
  } finally {
    await s.close();
    rmSync(jdk8, { recursive: true, force: true });
  }
});
