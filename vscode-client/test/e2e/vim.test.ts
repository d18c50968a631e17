import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, test } from "node:test";
import { ARTIFACTS, ROOT, eventually } from "./codeServer";

/**
 * The same checks in a second real editor: vim with YouCompleteMe, which takes ShapeSense as a
 * custom language server for `java`, running in tmux; assertions read the terminal screen.
 */
/** The ids of a process's direct children, from /proc. */
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

describe("vim + YouCompleteMe (tmux)", () => {
  const socket = `shapesense-e2e-${process.pid}`;
  const jar = path.join(ROOT, "server/target/shapesense.jar");
  let workspace: string;

  const tmux = (...args: string[]) => execFileSync("tmux", ["-L", socket, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const keys = (...k: string[]) => tmux("send-keys", "-t", "vim", ...k);
  const command = (c: string) => keys("Escape", `:${c}`, "Enter");

  /** The screen as rows; `lines` maps each numbered buffer line to its text with hints inline. */
  const screen = () => tmux("capture-pane", "-p", "-t", "vim").split("\n");
  const lines = () => {
    const out = new Map<number, { sign: string; text: string }>();
    for (const row of screen()) {
      const m = /^(>>)?\s*(\d+) (.*)$/.exec(row);
      if (m) {
        out.set(Number(m[2]), { sign: m[1] ?? "", text: m[3].trimEnd() });
      }
    }
    return out;
  };
  const text = (ls: Map<number, { text: string }>, n: number) => ls.get(n)?.text.trim();

  before(() => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const scratch = mkdtempSync(path.join(os.tmpdir(), "shapesense-e2e-vim-"));
    workspace = path.join(scratch, "models");
    cpSync(path.join(ROOT, "testdata/models"), workspace, { recursive: true });
    const vimrc = path.join(scratch, "vimrc");
    writeFileSync(
      vimrc,
      [
        "set nocompatible",
        "let g:ycm_server_python_interpreter = '/usr/bin/python3'",
        `let g:ycm_language_server = [{'name': 'shapesense', 'cmdline': ['java', '-jar', '${jar}', 'server', '--stdio'], 'filetypes': ['java']}]`,
        "let g:ycm_enable_inlay_hints = 1",
        "let g:ycm_echo_current_diagnostic = 1",
        "let g:ycm_confirm_extra_conf = 0",
        "packadd! youcompleteme",
        "filetype plugin indent on",
        "syntax on",
        "set number",
        "",
      ].join("\n"),
    );
    tmux("new-session", "-d", "-s", "vim", "-x", "180", "-y", "50", "-c", workspace, `vim -N -u ${vimrc} -i NONE Net.java`);
  });

  after(async () => {
    // ycmd (and the language server it started) can outlive vim: stop them by their process ids.
    const pidFile = path.join(workspace, "..", "ycmd.pid");
    let ycmd: number | undefined;
    try {
      command(`call writefile([string(py3eval('ycm_state._server_popen.pid'))], '${pidFile}')`);
      ycmd = Number((await eventually("ycmd's pid", async () => (existsSync(pidFile) ? readFileSync(pidFile, "utf8") : ""), (t) => t.trim() !== "", 5000)).trim());
    } catch {
      // vim or YCM is not running.
    }
    const children = ycmd ? childPids(ycmd) : [];
    try {
      command("qa!");
      await new Promise((r) => setTimeout(r, 1000));
      tmux("kill-server");
    } catch {
      // The tmux server ended with its last pane.
    }
    for (const pid of [...children, ...(ycmd ? [ycmd] : [])]) {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
    rmSync(path.dirname(workspace), { recursive: true, force: true });
  });

  const saveScreen = (name: string) => writeFileSync(path.join(ARTIFACTS, name), screen().join("\n"));

  test("the seed Net shows each layer's shape inline", async () => {
    const ls = await eventually("hints in Net.java", async () => lines(), (l) => (text(l, 28) ?? "").includes("[N, 10]"), 60000);
    saveScreen("vim-net-hints.txt");
    assert.equal(text(ls, 14), "x = pool.forward(F.relu(conv1.forward(x) [N, 6, 28, 28])) [N, 6, 14, 14];");
    assert.equal(text(ls, 17), "x = pool.forward(F.relu(conv2.forward(x) [N, 16, 10, 10])) [N, 16, 5, 5];");
    assert.equal(text(ls, 20), "x = x.flatten(1) [N, 400];                  // torch.flatten(x, 1); Tensors.flatten(x, 1) also works");
    assert.equal(text(ls, 22), "x = F.relu(fc1.forward(x) [N, 120]) [N, 120];");
    assert.equal(text(ls, 28), "return fc3.forward(x) [N, 10];");
    assert.equal(text(ls, 9), "private final Linear fc1 = new Linear(16 * 5 * 5, 120);");
  });

  test("a buggy model: the error sign, its message, the FixIt", async () => {
    command("e BuggyNet.java");
    // The sign comes with the diagnostics, the hints with YCM's next inlay-hint request: wait for both.
    const ls = await eventually(
      "the error sign and the hints in BuggyNet.java",
      async () => lines(),
      (l) => l.get(23)?.sign === ">>" && (text(l, 23) ?? "").includes("[N, 120]"),
      60000,
    );
    assert.deepEqual(
      [...ls].filter(([, l]) => l.sign === ">>").map(([n]) => n),
      [23],
    );
    assert.equal(text(ls, 23), "x = F.relu(fc1.forward(x) [N, 120]) [N, 120];");
    // With the cursor on the failing call, YCM echoes the diagnostic's message.
    command("call cursor(23, 20)");
    const echoed = await eventually(
      "the message echoed",
      async () => screen().filter((r) => r.trim() !== "").pop() ?? "",
      (r) => r.includes("mat1 and mat2"),
    );
    assert.equal(echoed.trim(), "mat1 and mat2 shapes cannot be multiplied (Nx400 and 256x120) [shape/linear-in-features]");
    saveScreen("vim-buggy-error.txt");

    command("YcmCompleter FixIt");
    const fixed = await eventually(
      "the fix applied and the sign gone",
      async () => lines(),
      (l) => text(l, 9) === "private final Linear fc1 = new Linear(400, 120);" && [...l.values()].every((x) => x.sign === ""),
      30000,
    );
    assert.equal(text(fixed, 23), "x = F.relu(fc1.forward(x) [N, 120]) [N, 120];");
    saveScreen("vim-buggy-fixed.txt");
    command("w");
    await eventually(
      "the fixed source saved",
      async () => readFileSync(path.join(workspace, "BuggyNet.java"), "utf8"),
      (t) => t.includes("    private final Linear fc1 = new Linear(400, 120);\n"),
    );
  });
});
