import { ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { Browser, Page, chromium } from "playwright-core";

/**
 * A real VS Code for end-to-end tests: code-server (VS Code in the browser) with the built .vsix
 * installed, driven through headless Chromium. Everything it writes stays in a scratch folder;
 * the workspace is a copy of `testdata/models`, so quick fixes never touch the repository.
 */

export const ROOT = path.resolve(__dirname, "../../../..");
export const CLIENT = path.join(ROOT, "vscode-client");
export const VSIX = path.join(CLIENT, "dist/shapesense.vsix");
/** Screenshots and logs of the end-to-end tests (gitignored). */
export const ARTIFACTS = path.join(CLIENT, "artifacts");

const CACHE = process.env.SHAPESENSE_CI_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "shapesense-ci");
const CODE_SERVER = path.join(CACHE, "code-server/node_modules/.bin/code-server");
const CHROMIUM = "/usr/lib/chromium/chromium";

export interface Session {
  workspace: string;
  /** The user settings file; VS Code applies an edit to it at once, as when the user saves it. */
  settingsFile: string;
  page: Page;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited with status ${child.exitCode}`);
    }
    try {
      const r = await fetch(url);
      if (r.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms`);
}

/** Starts code-server on a copy of testdata/models with the .vsix installed, and opens it in Chromium. */
export async function openVsCode(
  name: string,
  settings: Record<string, unknown> = {},
  envOverride: Record<string, string | undefined> = {},
  machineSettings: Record<string, unknown> = {},
): Promise<Session> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const scratch = mkdtempSync(path.join(os.tmpdir(), `shapesense-e2e-${name}-`));
  const workspace = path.join(scratch, "models");
  cpSync(path.join(ROOT, "testdata/models"), workspace, { recursive: true });
  const userData = path.join(scratch, "user-data");
  const extensions = path.join(scratch, "extensions");
  mkdirSync(path.join(userData, "User"), { recursive: true });
  const settingsFile = path.join(userData, "User/settings.json");
  writeFileSync(
    settingsFile,
    JSON.stringify(
      {
        "workbench.startupEditor": "none",
        "chat.disableAIFeatures": true,
        "workbench.secondarySideBar.defaultVisibility": "hidden",
        "workbench.tips.enabled": false,
        "editor.inlayHints.enabled": "on",
        "editor.minimap.enabled": false,
        "editor.hover.delay": 100,
        "telemetry.telemetryLevel": "off",
        "extensions.autoUpdate": false,
        "extensions.autoCheckUpdates": false,
        "extensions.ignoreRecommendations": true,
        "files.autoSave": "off",
        "window.zoomLevel": 0,
        ...settings,
      },
      null,
      2,
    ),
  );
  // code-server is a remote window: machine-scoped settings (shapesense.java.home names a folder on
  // the machine that runs the server) live in the remote machine's settings, its "Remote" tab.
  mkdirSync(path.join(userData, "Machine"), { recursive: true });
  writeFileSync(path.join(userData, "Machine/settings.json"), JSON.stringify(machineSettings, null, 2));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...envOverride,
    XDG_CONFIG_HOME: path.join(scratch, "config"),
    XDG_CACHE_HOME: path.join(scratch, "cache"),
    XDG_DATA_HOME: path.join(scratch, "data"),
  };
  for (const [k, v] of Object.entries(envOverride)) {
    if (v === undefined) {
      delete env[k];
    }
  }
  const dirs = ["--user-data-dir", userData, "--extensions-dir", extensions];
  execFileSync(CODE_SERVER, [...dirs, "--install-extension", VSIX], { env, stdio: "pipe", timeout: 120000 });

  const port = await freePort();
  const config = path.join(scratch, "config.yaml");
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const log = openSync(path.join(ARTIFACTS, `${name}-code-server.log`), "w");
  // Its own process group, so stopping it also stops the extension host and the language server.
  const child = spawn(
    CODE_SERVER,
    ["--config", config, ...dirs, "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust", workspace],
    { env, stdio: ["ignore", log, log], detached: true },
  );
  const stopServer = () => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
  };
  let browser: Browser | undefined;
  try {
    await waitHealthy(`http://127.0.0.1:${port}/healthz`, child, 60000);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator(".explorer-folders-view .monaco-list-row").first().waitFor({ timeout: 60000 });
    const b = browser;
    return {
      workspace,
      settingsFile,
      page,
      close: async () => {
        await b.close().catch(() => undefined);
        stopServer();
        rmSync(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      },
    };
  } catch (e) {
    await browser?.close().catch(() => undefined);
    stopServer();
    throw e;
  }
}

/** Matches a file name exactly (an editor tab or explorer row of `Net.java`, not `ModuleListNet.java`). */
export function exactly(fileName: string): RegExp {
  return new RegExp(`^${fileName.replace(/\./g, "\\.")}$`);
}

/**
 * Opens a file of the workspace the way a user does with the keyboard: Quick Open (Ctrl+P), the
 * file's name, Enter. (The explorer is a virtual list: a folder of sixty models does not render
 * the row of `Net.java` until it is scrolled to, and a double-click during a scroll can land on
 * the row before.) Until the file's own tab is the active one, it tries again.
 */
export async function openFile(page: Page, fileName: string): Promise<void> {
  const opened = page.locator(".tab.active", { hasText: exactly(fileName) });
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press("Control+P");
    const input = page.locator(".quick-input-widget .quick-input-box input").first();
    await input.waitFor();
    await input.fill(fileName);
    // The first result whose name is exactly the file's (Quick Open ranks it first).
    const first = page.locator(".quick-input-widget .quick-input-list .monaco-list-row").first();
    try {
      await first.locator(".label-name", { hasText: exactly(fileName) }).waitFor({ timeout: 10000 });
      await page.keyboard.press("Enter");
      await opened.waitFor({ timeout: 5000 });
      break;
    } catch (e) {
      await page.keyboard.press("Escape");
      if (attempt === 4) {
        throw e;
      }
    }
  }
  await page.locator(".monaco-editor .view-lines").first().waitFor();
}

/** One rendered line of an editor: its 1-based number, source text, and inlay hints in order. */
export interface EditorLine {
  line: number;
  text: string;
  hints: string[];
  errors: number;
}

/**
 * The lines an editor shows, read from the DOM: line numbers from the margin, inlay hints from
 * the injected-text spans (with U+00A0 turned back into spaces), error squiggles from the overlays.
 */
export async function editorLines(page: Page, editor = ".editor-group-container.active .monaco-editor"): Promise<EditorLine[]> {
  return page.locator(editor).first().evaluate((ed) => {
    const plain = (s: string | null) => (s ?? "").replace(/\u00a0/g, " ");
    const numbers = new Map<string, number>();
    for (const n of Array.from(ed.querySelectorAll<HTMLElement>(".margin-view-overlays > div"))) {
      const ln = n.querySelector(".line-numbers");
      if (ln) {
        numbers.set(n.style.top, Number(ln.textContent));
      }
    }
    const errors = new Map<string, number>();
    for (const o of Array.from(ed.querySelectorAll<HTMLElement>(".view-overlays > div"))) {
      errors.set(o.style.top, o.querySelectorAll(".squiggly-error").length);
    }
    const out = [];
    for (const l of Array.from(ed.querySelectorAll<HTMLElement>(".view-lines .view-line"))) {
      const hintSpans = Array.from(l.querySelectorAll<HTMLElement>('span[class*="dyn-rule"]'));
      const copy = l.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('span[class*="dyn-rule"]').forEach((s) => s.remove());
      out.push({
        line: numbers.get(l.style.top) ?? -1,
        text: plain(copy.textContent),
        hints: hintSpans.map((s) => plain(s.textContent)).filter((t) => t.trim() !== ""),
        errors: errors.get(l.style.top) ?? 0,
      });
    }
    return out.sort((a, b) => a.line - b.line);
  });
}

/** Polls `read` until `ok` holds for its value, and answers that value; fails with the last one seen. */
export async function eventually<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > deadline) {
      throw new Error(`${what}: still not so after ${timeoutMs} ms; last seen: ${JSON.stringify(last, null, 1)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
    last = await read();
  }
  return last;
}
