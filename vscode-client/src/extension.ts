import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, State, StaticFeature, TransportKind } from "vscode-languageclient/node";
import { FoundJava, MIN_JAVA, NoJavaError, findJava, javaCandidates } from "./java";
import { ModelView } from "./modelView";
import { STATUS_CAPABILITY, archiveName, jvmArgs, parseJvmOptions, readSettings, serverArgs, serverJar, withStatusCapability } from "./server";
import { AnalysisTracker, ServerState, StatusParams, countShapeErrors, statusView } from "./status";
import { LogLevel, SettingTraceChannel, traceLevel } from "./trace";

/** The server's notification of an analysis starting or ending, with its versions. */
const STATUS_NOTIFICATION = STATUS_CAPABILITY;

/** Says in `capabilities.experimental` that this client handles `shapesense/status`. */
const statusFeature: StaticFeature = {
  fillClientCapabilities(capabilities) {
    capabilities.experimental = withStatusCapability(capabilities.experimental);
  },
  initialize() {},
  getState() {
    return { kind: "static" };
  },
  clear() {},
};

/** Settings whose change needs a new server process. */
const RESTART_SETTINGS = ["shapesense.java.home", "shapesense.server.path", "shapesense.server.jvmArgs"];

/**
 * The extension stays thin: it finds Java, starts the server jar over stdio, passes the settings,
 * and shows what the server reports. All shape knowledge lives in the server.
 */
class ShapeSense implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private state: ServerState = "stopped";
  private readonly log = vscode.window.createOutputChannel("ShapeSense", { log: true });
  private readonly traceLog = new SettingTraceChannel(
    vscode.window.createOutputChannel("ShapeSense Trace"),
    traceLevel(vscode.workspace.getConfiguration("shapesense").get("trace.server")),
  );
  private readonly status = vscode.window.createStatusBarItem("shapesense.status", vscode.StatusBarAlignment.Left, 10);
  private readonly analyses = new AnalysisTracker();
  private readonly modelView: ModelView;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.status.name = "ShapeSense";
    this.modelView = new ModelView(context.extensionUri, () => this.client, this.log);
    this.refreshStatus();
    this.status.show();
  }

  register(): vscode.Disposable[] {
    return [
      this,
      this.log,
      this.traceLog,
      this.status,
      this.modelView,
      vscode.commands.registerCommand("shapesense.startServer", () => this.startCommand()),
      vscode.commands.registerCommand("shapesense.stopServer", () => this.stop()),
      vscode.commands.registerCommand("shapesense.restartServer", () => this.restart()),
      vscode.commands.registerCommand("shapesense.showOutput", () => this.log.show(true)),
      vscode.commands.registerCommand("shapesense.showModelView", () => this.modelView.show()),
      vscode.languages.onDidChangeDiagnostics(() => this.refreshStatus()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration("shapesense.trace.server")) {
          const value = vscode.workspace.getConfiguration("shapesense").get("trace.server");
          this.log.info(`shapesense.trace.server is now ${JSON.stringify(value)}: the protocol is traced in the "ShapeSense Trace" output ${traceLevel(value) === LogLevel.Off ? "no more" : "from now on"}.`);
          this.traceLog.setLevel(traceLevel(value));
        }
        if (RESTART_SETTINGS.some((s) => e.affectsConfiguration(s)) && this.state !== "stopped") {
          void this.restart();
        }
      }),
    ];
  }

  async start(): Promise<void> {
    this.setState("starting");
    const config = vscode.workspace.getConfiguration("shapesense");
    const found = serverJar(config.get("server.path"), this.context.asAbsolutePath("server/shapesense.jar"), isFile);
    if ("error" in found) {
      this.fail(found.error, "Open Settings", () => vscode.commands.executeCommand("workbench.action.openSettings", "shapesense.server.path"));
      return;
    }
    let java: FoundJava;
    try {
      java = await findJava(javaCandidates(config.get<string | null>("java.home"), process.env));
    } catch (e) {
      this.setState("failed");
      const message = e instanceof NoJavaError ? e.message : String(e);
      this.log.appendLine(message);
      void this.explainMissingJava(message);
      return;
    }
    const jar = found.jar;
    const archive = this.archive(jar, java.major);
    const args = serverArgs(
      jar,
      this.jvmOptions(),
      archive ? { path: archive, exists: fs.existsSync(archive) } : undefined,
      jvmArgs(config.get("server.jvmArgs")),
    );
    this.log.appendLine(`Starting ${java.executable} (Java ${java.major}, from ${java.source}) ${args.join(" ")}`);
    if (archive) {
      // The server writes the archive it is named when missing or stale: for the next start.
      try {
        fs.mkdirSync(path.dirname(archive), { recursive: true });
      } catch {
        // No archive then: the server starts without one.
      }
    }
    const serverOptions: ServerOptions = {
      command: java.executable,
      args,
      transport: TransportKind.stdio,
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: "java" }],
      initializationOptions: { shapesense: readSettings((k, d) => config.get(k, d)) },
      synchronize: { configurationSection: "shapesense" },
      outputChannel: this.log,
      traceOutputChannel: this.traceLog as unknown as vscode.LogOutputChannel,
    };
    // The id "shapesense" makes the client read `shapesense.trace.server`.
    const client = new LanguageClient("shapesense", "ShapeSense", serverOptions, clientOptions);
    client.registerFeature(statusFeature);
    client.onDidChangeState((e) => {
      if (this.client === client) {
        this.analyses.reset();
        this.setState(e.newState === State.Running ? "running" : e.newState === State.Starting ? "starting" : "stopped");
        if (e.newState === State.Running) {
          this.modelView.analysisDone();
        }
      }
    });
    client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
      if (this.client === client) {
        if (this.analyses.update(p)) {
          this.refreshStatus();
        }
        if (p.state === "idle") {
          this.modelView.analysisDone(client.protocol2CodeConverter.asUri(p.uri).toString());
        }
      }
    });
    this.client = client;
    try {
      await client.start();
    } catch (e) {
      if (this.client === client) {
        this.fail(`The server did not start: ${e instanceof Error ? e.message : String(e)}`, "Show Log", () => this.log.show(true));
      }
    }
  }

  private fail(message: string, action: string, act: () => unknown): void {
    this.setState("failed");
    this.log.appendLine(message);
    void vscode.window.showErrorMessage(`ShapeSense: ${message}`, action).then((a) => {
      if (a) {
        act();
      }
    });
  }

  /** "ShapeSense: Start Server": starts the server unless one runs or is starting. */
  private async startCommand(): Promise<void> {
    if (this.client && (this.state === "running" || this.state === "starting")) {
      void vscode.window.showInformationMessage("ShapeSense: the server is already running.");
      return;
    }
    await this.start();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** The server's JVM options, from the copy of `jvm.options` beside the bundled jar. */
  private jvmOptions(): string[] {
    try {
      return parseJvmOptions(fs.readFileSync(this.context.asAbsolutePath("server/jvm.options"), "utf8"));
    } catch (e) {
      this.log.appendLine(`No server/jvm.options in the extension (${String(e)}): the JVM's defaults are used.`);
      return [];
    }
  }

  /** Where the class-data-sharing archive of this jar and Java release lives, or undefined. */
  private archive(jar: string, javaMajor: number): string | undefined {
    try {
      const st = fs.statSync(jar);
      return path.join(this.context.globalStorageUri.fsPath, archiveName(st.size, st.mtimeMs, javaMajor));
    } catch {
      return undefined;
    }
  }

  private async explainMissingJava(message: string): Promise<void> {
    const setHome = "Set shapesense.java.home";
    const download = "Download Java";
    const choice = await vscode.window.showErrorMessage(
      `${message} Install a JDK ${MIN_JAVA}+ and set JAVA_HOME, or point shapesense.java.home at one, then run "ShapeSense: Start Server".`,
      setHome,
      download,
    );
    if (choice === setHome) {
      await vscode.commands.executeCommand("workbench.action.openSettings", "shapesense.java.home");
    } else if (choice === download) {
      await vscode.env.openExternal(vscode.Uri.parse("https://adoptium.net/temurin/releases/?version=17"));
    }
  }

  private setState(state: ServerState): void {
    this.state = state;
    this.refreshStatus();
  }

  private refreshStatus(): void {
    const errors = countShapeErrors(vscode.languages.getDiagnostics());
    const view = statusView(this.state, errors, this.analyses.info());
    this.status.text = view.text;
    this.status.tooltip = view.tooltip;
    this.status.backgroundColor = view.warning ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
    this.status.command =
      this.state === "stopped" ? "shapesense.startServer" : errors > 0 ? "workbench.actions.view.problems" : "shapesense.showOutput";
  }

  /**
   * Stops the server ("ShapeSense: Stop Server", a restart, deactivation: VS Code waits for it so
   * no JVM outlives the window).
   */
  async stop(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    if (c) {
      try {
        await c.stop(5000);
      } catch (e) {
        this.log.appendLine(`Stopping the server: ${e instanceof Error ? e.message : String(e)}`);
      }
      this.log.appendLine("The server is stopped.");
    }
    this.analyses.reset();
    this.setState("stopped");
    this.modelView.analysisDone();
  }

  dispose(): void {
    void this.stop();
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

let instance: ShapeSense | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  instance = new ShapeSense(context);
  context.subscriptions.push(...instance.register());
  await instance.start();
}

export function deactivate(): Promise<void> | undefined {
  const s = instance;
  instance = undefined;
  return s?.stop();
}
