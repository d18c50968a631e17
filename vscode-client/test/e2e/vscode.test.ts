import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { after, afterEach, before, describe, test } from "node:test";
import { Page } from "playwright-core";
import { ARTIFACTS, EditorLine, Session, editorLines, eventually, exactly, openFile, openVsCode } from "./codeServer";

/**
 * The extension as a user meets it: the built .vsix installed in a real VS Code (code-server),
 * driven through headless Chromium; every assertion reads what the page shows.
 */
describe("VS Code (code-server + Chromium)", () => {
  let s: Session;
  let page: Page;

  before(async () => {
    s = await openVsCode("vscode");
    page = s.page;
  });

  after(async () => {
    await s?.close();
  });

  // What the page showed at the end of each test, to look at when one fails.
  afterEach(async (t) => {
    const name = t.name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
    await page?.screenshot({ path: path.join(ARTIFACTS, `vscode-end-of-${name}.png`) }).catch(() => undefined);
  });

  const hintsByLine = (lines: EditorLine[]) =>
    Object.fromEntries(lines.filter((l) => l.hints.length > 0).map((l) => [l.line, l.hints]));

  const netHints = {
    14: ["[N, 6, 28, 28]", "[N, 6, 14, 14]"],
    17: ["[N, 16, 10, 10]", "[N, 16, 5, 5]"],
    20: ["[N, 400]"],
    22: ["[N, 120]", "[N, 120]"],
    25: ["[N, 84]", "[N, 84]"],
    28: ["[N, 10]"],
  };

  const at = (lines: EditorLine[], n: number) => {
    const l = lines.find((x) => x.line === n);
    assert.ok(l, `line ${n} is not on screen`);
    return l;
  };

  /** Runs a command from the palette (F1), as a user does. */
  async function runCommand(title: string) {
    await page.keyboard.press("F1");
    const input = page.locator(".quick-input-widget input");
    await input.waitFor();
    await input.fill(`>${title}`);
    await page.locator(".quick-input-widget .monaco-list-row", { hasText: title.replace(/^ShapeSense: /, "") }).first().waitFor();
    await page.keyboard.press("Enter");
  }

  const shapeSenseStatus = () => page.locator(".statusbar-item", { hasText: "ShapeSense" }).first().innerText();

  test("the seed Net shows each layer's shape after its call", async () => {
    await openFile(page, "Net.java");
    const lines = await eventually("hints of Net.java", () => editorLines(page), (ls) => Object.keys(hintsByLine(ls)).length === 6, 60000);
    assert.deepEqual(hintsByLine(lines), netHints);
    assert.equal(at(lines, 14).text.trim(), "x = pool.forward(F.relu(conv1.forward(x)));");
    await page.screenshot({ path: path.join(ARTIFACTS, "vscode-net-hints.png") });
    assert.equal((await shapeSenseStatus()).trim(), "ShapeSense");
  });

  /** Changes a setting in the Settings editor (a modal in this VS Code), as a user does, then closes it. */
  async function changeSetting(id: string, change: (item: ReturnType<Page["locator"]>) => Promise<void>) {
    await page.keyboard.press("Control+,");
    const search = page.locator(".settings-editor .suggest-input-container .monaco-editor").first();
    await search.waitFor();
    await search.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(id);
    // The editor titles "maxLength" as "Max Length".
    const title = new RegExp(id.split(".").pop()!.replace(/([a-z])([A-Z])/g, "$1\\s*$2"), "i");
    const item = page.locator(".settings-editor .setting-item", { hasText: title }).first();
    await item.waitFor();
    await change(item);
    // Leaving the field commits it, as when the user moves on.
    await page.keyboard.press("Tab");
    await page.waitForTimeout(1000);
    await page.screenshot({ path: path.join(ARTIFACTS, `vscode-setting-${id}.png`) });
    // Escape closes the Settings editor while the focus is inside it; once in a CI run the focus
    // had left it and the editor stayed open. A user then clicks its close button: so do we.
    const modal = page.locator(".monaco-modal-editor-block");
    await page.keyboard.press("Escape");
    const closed = () => modal.waitFor({ state: "hidden", timeout: 5000 }).then(() => true, () => false);
    if (!(await closed())) {
      await modal.locator(".codicon-close").first().click({ timeout: 5000 }).catch(() => undefined);
      if (!(await closed())) {
        await page.screenshot({ path: path.join(ARTIFACTS, "vscode-settings-modal.png") });
        throw new Error("the Settings editor did not close");
      }
    }
  }

  test("a settings change reaches the running server: hints off, cut short, back in full", async () => {
    await changeSetting("shapesense.inlayHints.enabled", (item) => item.locator(".setting-value-checkbox").click());
    await eventually("no hints once disabled", () => editorLines(page), (ls) => ls.length > 0 && Object.keys(hintsByLine(ls)).length === 0);

    await changeSetting("shapesense.inlayHints.enabled", (item) => item.locator(".setting-value-checkbox").click());
    await changeSetting("shapesense.inlayHints.maxLength", (item) => item.locator("input").fill("10"));
    const cut = await eventually("hints cut to 10 characters", () => editorLines(page), (ls) => hintsByLine(ls)[14]?.[0]?.length === 10);
    for (const hints of Object.values(hintsByLine(cut))) {
      for (const h of hints) {
        assert.ok(h.length <= 10, `hint longer than 10 characters: ${h}`);
      }
    }
    assert.deepEqual(hintsByLine(cut)[20], ["[N, 400]"]);
    await page.screenshot({ path: path.join(ARTIFACTS, "vscode-hints-max-length.png") });

    await changeSetting("shapesense.inlayHints.maxLength", (item) => item.locator("input").fill("0"));
    const back = await eventually("hints in full again", () => editorLines(page), (ls) => JSON.stringify(hintsByLine(ls)) === JSON.stringify(netHints));
    assert.deepEqual(hintsByLine(back), netHints);
  });

  test("a buggy model: the squiggle, its hover, the quick fix", async () => {
    await openFile(page, "BuggyNet.java");
    const lines = await eventually("an error squiggle in BuggyNet.java", () => editorLines(page), (ls) => ls.some((l) => l.errors > 0), 60000);
    assert.deepEqual(
      lines.filter((l) => l.errors > 0).map((l) => [l.line, l.text.trim()]),
      [[23, "x = F.relu(fc1.forward(x));"]],
    );
    const problems = async () => Number((await page.locator("#status\\.problems").innerText()).trim().split(/\s+/)[0]);
    const errorsBefore = await problems();
    assert.ok(errorsBefore >= 1);
    // The status item and VS Code's problem count both follow the diagnostics, each rendered in
    // its own time in the browser: wait for ours as a user's eye would.
    await eventually("the status bar counts the errors", shapeSenseStatus, (t) => t.trim() === `ShapeSense: ${errorsBefore}`);
    await page.screenshot({ path: path.join(ARTIFACTS, "vscode-buggy-squiggle.png") });

    // Hover the way a user does: move the mouse onto the squiggle.
    const squiggle = page.locator(".editor-group-container.active .squiggly-error").first();
    const box = await squiggle.boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator(".monaco-hover:not(.hidden)", { hasText: "mat1 and mat2" }).first();
    await hover.waitFor({ timeout: 20000 });
    const hoverText = await hover.innerText();
    assert.match(hoverText, /mat1 and mat2 shapes cannot be multiplied \(Nx400 and 256x120\)/);
    // The hover first says "Checking for quick fixes...", then offers the link.
    const quickFix = hover.getByText(/^Quick Fix/).first();
    await quickFix.waitFor({ timeout: 20000 });
    // The server's hover on the call follows the diagnostic: the layer, its input and output shapes.
    const full = await hover.innerText();
    assert.match(full, /fc1: Linear/);
    assert.match(full, /\[N, 400\] → \[N, 120\]/);
    await page.screenshot({ path: path.join(ARTIFACTS, "vscode-buggy-hover.png") });
    await quickFix.click();
    const fix = page.locator(".action-widget .monaco-list-row", { hasText: "Change in_features to 400" }).first();
    await fix.waitFor({ timeout: 20000 });
    await fix.click();

    const fixed = await eventually("the squiggle gone after the fix", () => editorLines(page), (ls) => ls.length > 0 && ls.every((l) => l.errors === 0));
    assert.equal(at(fixed, 9).text.trim(), "private final Linear fc1 = new Linear(400, 120);");
    assert.deepEqual(hintsByLine(fixed)[23], ["[N, 120]", "[N, 120]"]);
    await page.keyboard.press("Control+S");
    await eventually(
      "the fixed source saved",
      async () => readFileSync(path.join(s.workspace, "BuggyNet.java"), "utf8"),
      (t) => t.includes("new Linear(400, 120);"),
    );
    await eventually("one error fewer in the workspace", problems, (n) => n === errorsBefore - 1);
    await eventually("the status bar counts it", shapeSenseStatus, (t) => t.trim() === (errorsBefore - 1 === 0 ? "ShapeSense" : `ShapeSense: ${errorsBefore - 1}`));
    await page.mouse.move(5, 500);
    await page.screenshot({ path: path.join(ARTIFACTS, "vscode-buggy-fixed.png") });
  });

  test("ShapeSense: Show model summary opens the torchinfo-grade table of the model under the cursor", async () => {
    await page.locator(".tab", { hasText: exactly("Net.java") }).first().click();
    await page.locator(".editor-group-container.active .view-line").nth(20).click();
    await runCommand("ShapeSense: Show model summary");
    await page.locator(".tab.active", { hasText: "Net summary.txt" }).waitFor({ timeout: 30000 });
    const table = await eventually("the summary table", () => editorLines(page), (ls) => ls.some((l) => l.text.startsWith("Estimated Total Size")));
    assert.deepEqual(
      table.map((l) => l.text.trimEnd()),
      [
        `Net (${path.join(s.workspace, "Net.java")})`,
        "Input: [N, 3, 32, 32]",
        "  Layer    Type       Input Shape      Output Shape     Param #  Trainable    Mult-Adds  Output Bytes",
        "  conv1    Conv2d     [N, 3, 32, 32]   [N, 6, 28, 28]       456        456  357,504 * N    18,816 * N",
        "  pool     MaxPool2d  [N, 6, 28, 28]   [N, 6, 14, 14]         0          0            0     4,704 * N",
        "  conv2    Conv2d     [N, 6, 14, 14]   [N, 16, 10, 10]    2,416      2,416  241,600 * N     6,400 * N",
        "  pool     MaxPool2d  [N, 16, 10, 10]  [N, 16, 5, 5]          0          0            0     1,600 * N",
        "  fc1      Linear     [N, 400]         [N, 120]          48,120     48,120   48,120 * N       480 * N",
        "  fc2      Linear     [N, 120]         [N, 84]           10,164     10,164   10,164 * N       336 * N",
        "  fc3      Linear     [N, 84]          [N, 10]              850        850      850 * N        40 * N",
        "  (model)  Net        [N, 3, 32, 32]   [N, 10]           62,006     62,006  658,238 * N        40 * N",
        "Total params: 62,006",
        "Trainable params: 62,006",
        "Non-trainable params: 0",
        "Total mult-adds: 658,238 * N",
        "Input size (bytes): 12,288 * N",
        "Forward/backward pass size (bytes): 52,144 * N",
        "Params size (MB): 0.25",
        "Estimated Total Size (bytes): 64,432 * N + 248,024",
        "",
      ],
    );
    await page.screenshot({ path: path.join(ARTIFACTS, "vscode-model-summary.png") });
  });

  test("ShapeSense: Restart server starts a new server, which answers again", async () => {
    await page.locator(".tab", { hasText: exactly("Net.java") }).first().click();
    await runCommand("ShapeSense: Restart server");
    await runCommand("ShapeSense: Show server log");
    const log = await eventually(
      "a second start in the server log",
      () => editorLines(page, ".part.panel .monaco-editor"),
      (ls) => ls.filter((l) => l.text.includes("] Starting ")).length === 2,
    );
    // The output view wraps a long command line: read the start line with the two view lines after it.
    const at = log.findIndex((l) => l.text.includes("] Starting "));
    const started = log.slice(at, at + 3).map((l) => l.text).join("");
    assert.match(started, /\[info\] Starting java \(Java \d+, from (PATH|JAVA_HOME)\) (-\S.* )?-jar /);
    await eventually("the status back to running", shapeSenseStatus, (t) => t.trim() === "ShapeSense");
    await page.screenshot({ path: path.join(ARTIFACTS, "vscode-restarted.png") });
    // Hide the panel again so that the whole of Net.java is on screen.
    await page.locator(".part.panel").getByRole("button", { name: /^(Hide|Close) Panel/ }).first().click();
    await page.locator(".part.panel").waitFor({ state: "hidden" });
    const lines = await eventually("hints from the new server", () => editorLines(page), (ls) => Object.keys(hintsByLine(ls)).length === 6);
    assert.deepEqual(hintsByLine(lines), netHints);
  });
});
