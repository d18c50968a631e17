import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { after, afterEach, before, describe, test } from "node:test";
import { spawnSync } from "node:child_process";
import { Frame, Page } from "playwright-core";
import { ARTIFACTS, EditorLine, Session, editorLines, eventually, exactly, openFile, openVsCode } from "./codeServer";

/**
 * The extension as a user meets it: the built .vsix installed in a real VS Code (code-server),
 * driven through headless Chromium; every assertion reads what the page shows.
 */
/** `java.version` of the `java` on the PATH, which the extension runs here. */
function javaVersion(): string {
  const r = spawnSync("java", ["-XshowSettings:properties", "-version"], { encoding: "utf8" });
  const m = /java\.version = (\S+)/.exec(r.stderr);
  assert.ok(m, r.stderr);
  return m[1];
}

/** The bundled server's version, as its `--version` says it: the build's (Maven's project version). */
function serverVersion(): string {
  const r = spawnSync("java", ["-jar", path.resolve(__dirname, "../../../server/shapesense.jar"), "--version"], { encoding: "utf8" });
  const m = /^shapesense (\S+)$/m.exec(r.stdout);
  assert.ok(m, r.stdout + r.stderr);
  return m[1];
}

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

    // The hints come without tooltips (this VS Code resolves them): moving the mouse onto one asks
    // the server for its tooltip (inlayHint/resolve), which the hover then shows.
    const conv1Hint = page
      .locator('.editor-group-container.active .view-lines span[class*="dyn-rule"]', { hasText: /^\[N,[\s\u00a0]6,[\s\u00a0]28,[\s\u00a0]28\]$/ })
      .first();
    // A hover of the element itself goes to an overlay: move the mouse onto it, as a user does.
    const hintBox = await conv1Hint.boundingBox();
    assert.ok(hintBox);
    await page.mouse.move(hintBox.x + hintBox.width / 2, hintBox.y + hintBox.height / 2);
    const tooltip = page.locator(".monaco-hover:not(.hidden)", { hasText: "kernel_size=(5, 5)" }).first();
    await tooltip.waitFor({ timeout: 20000 });
    const tooltipText = (await tooltip.innerText()).replace(/\u00a0/g, " ");
    // The hover shows the hint's tooltip above the position's own hover ("conv1: Conv2d", its
    // parameters): only the tooltip names the layer and its repr side by side, and its formula.
    assert.match(tooltipText, /conv1\s+Conv2d\(3, 6, kernel_size=\(5, 5\), stride=\(1, 1\)\)/);
    assert.match(tooltipText, /\[N, 3, 32, 32\] → \[N, 6, 28, 28\]/);
    assert.match(tooltipText, /H_out = floor\(\(H \+ 2p - d\(k - 1\) - 1\) \/ s\) \+ 1/);
    await page.screenshot({ path: path.join(ARTIFACTS, "vscode-hint-tooltip.png") });
    await page.mouse.move(0, 0);
    await page.keyboard.press("Escape");
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

  /** The Model view's webview: VS Code nests it in two iframes; ours is the frame that holds `#models`. */
  async function modelViewFrame(): Promise<Frame> {
    const find = async () => {
      for (const f of page.frames()) {
        if (await f.evaluate(() => document.getElementById("models") !== null).catch(() => false)) {
          return f;
        }
      }
      return undefined;
    };
    return (await eventually("the Model view's frame", find, (f) => f !== undefined, 30000))!;
  }

  interface ViewModel {
    name: string;
    summary: string;
    errors: string[];
    nodes: { label: string; detail: string; error: boolean }[];
    edges: string[];
  }

  /** What the Model view shows, read from its DOM. */
  const readView = (f: Frame) =>
    f.evaluate(() => ({
      file: document.getElementById("file")?.textContent ?? "",
      message: document.querySelector("#models > .message")?.textContent ?? "",
      models: Array.from(document.querySelectorAll("section.model")).map((sec) => ({
        name: sec.querySelector(".model-name")?.textContent ?? "",
        summary: sec.querySelector(".model-summary")?.textContent ?? "",
        errors: Array.from(sec.querySelectorAll(".error-item")).map((li) => li.textContent ?? ""),
        nodes: Array.from(sec.querySelectorAll("g.node")).map((g) => ({
          label: g.querySelector(".node-label")?.textContent ?? "",
          detail: g.querySelector(".node-detail")?.textContent ?? "",
          error: g.classList.contains("error"),
        })),
        edges: Array.from(sec.querySelectorAll("text.edge-label")).map((t) => t.textContent ?? ""),
      })),
    }));

  const edgesOf = (v: { models: ViewModel[] }) => v.models[0]?.edges ?? [];
  const cursor = async () => (await page.locator("#status\\.editor\\.selection").innerText()).trim();

  test("ShapeSense: Show Model View draws Net's layer graph, follows edits, marks errors and reveals a node's line", async () => {
    await page.locator(".tab", { hasText: exactly("Net.java") }).first().click();
    // The code and its graph side by side, without the explorer.
    await runCommand("View: Toggle Primary Side Bar Visibility");
    await runCommand("ShapeSense: Show Model View");
    await page.locator(".tab.active", { hasText: "Model View: Net.java" }).waitFor({ timeout: 30000 });
    const frame = await modelViewFrame();
    // The shape entering each node: F.relu and flatten are no modules, so no nodes.
    const netEdges = ["[N, 3, 32, 32]", "[N, 6, 28, 28]", "[N, 6, 14, 14]", "[N, 16, 10, 10]", "[N, 400]", "[N, 120]", "[N, 84]", "[N, 10]"];
    const view = await eventually("Net's graph in the Model view", () => readView(frame), (v) => v.models.length === 1 && v.models[0].nodes.length > 0, 60000);
    assert.equal(view.file, "Net.java");
    assert.equal(view.models[0].name, "Net");
    assert.equal(view.models[0].summary, "[N, 3, 32, 32] → [N, 10] · 62,006 params");
    assert.deepEqual(view.models[0].errors, []);
    assert.deepEqual(view.models[0].nodes, [
      { label: "input", detail: "Tensor", error: false },
      { label: "conv1", detail: "Conv2d · 456 params", error: false },
      { label: "pool", detail: "MaxPool2d", error: false },
      { label: "conv2", detail: "Conv2d · 2,416 params", error: false },
      { label: "pool", detail: "MaxPool2d", error: false },
      { label: "fc1", detail: "Linear · 48,120 params", error: false },
      { label: "fc2", detail: "Linear · 10,164 params", error: false },
      { label: "fc3", detail: "Linear · 850 params", error: false },
      { label: "output", detail: "Tensor", error: false },
    ]);
    assert.deepEqual(view.models[0].edges, netEdges);
    await page.screenshot({ path: path.join(ARTIFACTS, "vscode-model-view.png") });

    // Type in the code beside: conv1's kernel 5 -> 3. The view follows without a save.
    const code = page.locator(".editor-group-container").first();
    await code.locator(".view-line", { hasText: "conv1 = new Conv2d(3, 6, 5);" }).click();
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("3");
    const typed = Date.now();
    const k3 = ["[N, 3, 32, 32]", "[N, 6, 30, 30]", "[N, 6, 15, 15]", "[N, 16, 11, 11]", "[N, 400]", "[N, 120]", "[N, 84]", "[N, 10]"];
    const edited = await eventually("the view after the kernel edit", () => readView(frame), (v) => JSON.stringify(edgesOf(v)) === JSON.stringify(k3));
    // Keystroke to redrawn graph, as read through the DOM every 250 ms (the view asks 250 ms after the last keystroke).
    console.log(`Model view: keystroke -> graph with the new shapes in ${Date.now() - typed} ms`);
    assert.deepEqual(edited.models[0].errors, []);

    // conv1's out_channels 6 -> 8: conv2 (6 input channels) fails, and its node is marked.
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("8");
    await page.keyboard.press("Home");
    const broken = await eventually("conv2 marked as failing", () => readView(frame), (v) => v.models[0]?.nodes.some((n) => n.error) ?? false);
    assert.deepEqual(broken.models[0].nodes.filter((n) => n.error).map((n) => n.label), ["conv2"]);
    assert.deepEqual(broken.models[0].errors, [
      "conv2 (line 17): Given groups=1, weight of size [16, 6, 5, 5], expected input[N, 8, 15, 15] to have 6 channels, but got 8 channels instead",
    ]);
    assert.deepEqual(edgesOf(broken).slice(0, 3), ["[N, 3, 32, 32]", "[N, 8, 30, 30]", "[N, 8, 15, 15]"]);
    const errorRect = await frame.locator("g.node.error rect").first().evaluate((r) => getComputedStyle(r).stroke);
    assert.notEqual(errorRect, "none");
    await page.mouse.move(5, 500);
    await page.screenshot({ path: path.join(ARTIFACTS, "vscode-model-view-error.png") });

    // A click on fc2's node puts the editor's cursor on its call.
    await frame.locator("g.node", { has: frame.locator(".node-label", { hasText: /^fc2$/ }) }).click();
    await eventually("the cursor on fc2's line", cursor, (c) => c.startsWith("Ln 25,"));
    assert.equal(await cursor(), "Ln 25, Col 20");

    // Revert the file: the view shows Net as it was.
    await runCommand("File: Revert File");
    await eventually("the view back to Net", () => readView(frame), (v) => JSON.stringify(edgesOf(v)) === JSON.stringify(netEdges));
    await runCommand("View: Toggle Primary Side Bar Visibility");
  });

  test("shapesense.trace.server verbose: the JSON-RPC messages in the ShapeSense Trace output", async () => {
    await changeSetting("shapesense.trace.server", async (item) => void (await item.locator("select").selectOption("verbose")));
    // The Model view asks for the graph again when it is shown again.
    await page.locator(".tab", { hasText: exactly("Net.java") }).first().click();
    await runCommand("ShapeSense: Show Model View");
    await runCommand("Output: Show Output Channels...");
    await page.locator(".quick-input-widget .monaco-list-row", { hasText: "ShapeSense Trace" }).first().click();
    // Find the graph request in the channel, as a user does: Ctrl+F in the output.
    const output = page.locator(".part.panel .monaco-editor").first();
    await eventually("the graph request traced", async () => (await output.innerText()).length > 0, (ok) => ok);
    // Into the text, below the sticky-scroll header that the output shows over its first lines.
    const box = await output.boundingBox();
    assert.ok(box);
    await page.mouse.click(box.x + 60, box.y + box.height * 0.7);
    await page.keyboard.press("Control+F");
    const find = page.locator(".part.panel .find-widget textarea, .part.panel .find-widget input").first();
    await find.waitFor();
    await find.fill("Sending request 'shapesense/modelGraph");
    await page.keyboard.press("Enter");
    const panelText = async () => (await editorLines(page, ".part.panel .monaco-editor")).map((l) => l.text).join("\n");
    await eventually("the graph request with its parameters in the trace", panelText, (t) =>
      /\[trace\] Sending request 'shapesense\/modelGraph - \(\d+\)'\.\s*Params: \{\s*"textDocument": \{\s*"uri": "file:\/\/\/[^"]*\/Net\.java"/.test(t),
    );
    await page.screenshot({ path: path.join(ARTIFACTS, "vscode-trace.png") });
    await find.fill("Received response 'shapesense/modelGraph");
    await page.keyboard.press("Enter");
    await eventually("the graph in the server's answer in the trace", panelText, (t) =>
      /\[trace\] Received response 'shapesense\/modelGraph - \(\d+\)' in \d+ms\.\s*Result: \{\s*"version": \d+,\s*"models": \[\s*\{\s*"name": "Net",/.test(t),
    );
    await page.keyboard.press("Escape");
    await changeSetting("shapesense.trace.server", async (item) => void (await item.locator("select").selectOption("off")));
    await page.locator(".part.panel").getByRole("button", { name: /^(Hide|Close) Panel/ }).first().click();
    await page.locator(".part.panel").waitFor({ state: "hidden" });
  });

  test("ShapeSense: Restart Server starts a new server, which answers again", async () => {
    await page.locator(".tab", { hasText: exactly("Net.java") }).first().click();
    await runCommand("ShapeSense: Restart Server");
    await runCommand("ShapeSense: Show Server Log");
    // The log's end: the old server stopped, then a new start. The output view wraps a long
    // command line (the JVM options, the archive's path): the start line is read with the view
    // lines that continue it, up to the next line of the log, and read again until its end, the
    // jar, is drawn too (once the view had drawn the start line's first row only).
    const stoppedAt = (ls: EditorLine[]) => ls.findIndex((l) => l.text.includes("] The server is stopped."));
    const startLine = (ls: EditorLine[]) => {
      const stopped = stoppedAt(ls);
      const at = stopped < 0 ? -1 : ls.findIndex((l, i) => i > stopped && l.text.includes("] Starting "));
      if (at < 0) {
        return "";
      }
      let end = at + 1;
      while (end < ls.length && !/^\d{4}-\d\d-\d\d /.test(ls[end].text)) {
        end++;
      }
      return ls.slice(at, end).map((l) => l.text).join("");
    };
    const log = await eventually(
      "a second start in the server log, its command line drawn to the jar",
      () => editorLines(page, ".part.panel .monaco-editor"),
      (ls) => / -jar /.test(startLine(ls)),
    );
    const started = startLine(log);
    assert.match(started, /\[info\] Starting java \(Java \d+, from (PATH|JAVA_HOME)\) (-\S.* )?-jar /);
    await eventually("the status back to running", shapeSenseStatus, (t) => t.trim() === "ShapeSense");
    await page.screenshot({ path: path.join(ARTIFACTS, "vscode-restarted.png") });
    // Hide the panel again so that the whole of Net.java is on screen.
    await page.locator(".part.panel").getByRole("button", { name: /^(Hide|Close) Panel/ }).first().click();
    await page.locator(".part.panel").waitFor({ state: "hidden" });
    const lines = await eventually("hints from the new server", () => editorLines(page), (ls) => Object.keys(hintsByLine(ls)).length === 6);
    assert.deepEqual(hintsByLine(lines), netHints);
  });

  test("ShapeSense: Stop Server and Start Server; the status item's tooltip has the server's and Java's versions", async () => {
    await page.locator(".tab", { hasText: exactly("Net.java") }).first().click();
    const item = page.locator(".statusbar-item", { hasText: "ShapeSense" }).first();
    await runCommand("ShapeSense: Stop Server");
    await item.locator(".codicon-debug-stop").waitFor({ timeout: 20000 });
    await eventually("no hints without a server", () => editorLines(page), (ls) => ls.length > 0 && Object.keys(hintsByLine(ls)).length === 0);
    const frame = await modelViewFrame();
    await eventually("the Model view says the server is stopped", () => readView(frame), (v) => v.message.startsWith("The ShapeSense server is not running"));
    await page.screenshot({ path: path.join(ARTIFACTS, "vscode-stopped.png") });

    await runCommand("ShapeSense: Start Server");
    const lines = await eventually("hints from the started server", () => editorLines(page), (ls) => Object.keys(hintsByLine(ls)).length === 6, 60000);
    assert.deepEqual(hintsByLine(lines), netHints);
    await eventually("Net's graph again", () => readView(frame), (v) => v.models[0]?.edges.length === 8);

    // The versions come with the server's first status notification, after its first analysis.
    const box = await item.boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator(".workbench-hover, .monaco-hover", { hasText: "ShapeSense server" }).first();
    await hover.waitFor({ timeout: 20000 });
    const version = serverVersion();
    assert.match(await hover.innerText(), new RegExp(`ShapeSense server ${version.replace(/\./g, "\\.")} on Java ${javaVersion().replace(/\./g, "\\.")}`));
    await page.screenshot({ path: path.join(ARTIFACTS, "vscode-status-tooltip.png") });
    await page.mouse.move(700, 500);
  });
});
