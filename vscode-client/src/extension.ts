import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, State, TransportKind } from "vscode-languageclient/node";
import { classAt } from "./classes";
import { FoundJava, MIN_JAVA, NoJavaError, findJava, javaCandidates } from "./java";
import { archiveName, makeArchive, readSettings, runTrace, serverArgs } from "./server";
import { ServerState, countShapeErrors, statusView } from "./status";

const SUMMARY_SCHEME = "shapesense-summary";

/**
 * The extension stays thin: it finds Java, starts the bundled server over stdio, passes the
 * settings, and shows what the server reports. All shape knowledge lives in the server.
 */
class ShapeSense implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private java: FoundJava | undefined;
  private state: ServerState = "stopped";
  private readonly log = vscode.window.createOutputChannel("ShapeSense", { log: true });
  private readonly traceLog = vscode.window.createOutputChannel("ShapeSense Trace", { log: true });
  private readonly status = vscode.window.createStatusBarItem("shapesense.status", vscode.StatusBarAlignment.Left, 10);
  private readonly summaries = new Map<string, string>();
  private readonly summaryChanged = new vscode.EventEmitter<vscode.Uri>();

  constructor(private readonly context: vscode.ExtensionContext) {
    this.status.name = "ShapeSense";
    this.refreshStatus();
    this.status.show();
  }

  register(): vscode.Disposable[] {
    return [
      this,
      this.log,
      this.traceLog,
      this.status,
      this.summaryChanged,
      vscode.commands.registerCommand("shapesense.restartServer", () => this.restart()),
      vscode.commands.registerCommand("shapesense.showOutput", () => this.log.show(true)),
      vscode.commands.registerCommand("shapesense.showModelSummary", () => this.showModelSummary()),
      vscode.languages.onDidChangeDiagnostics(() => this.refreshStatus()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration("shapesense.java.home")) {
          void this.restart();
        }
      }),
      vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, {
        onDidChange: this.summaryChanged.event,
        provideTextDocumentContent: (uri) => this.summaries.get(uri.toString()) ?? "",
      }),
    ];
  }

  async start(): Promise<void> {
    this.setState("starting");
    const config = vscode.workspace.getConfiguration("shapesense");
    try {
      this.java = await findJava(javaCandidates(config.get<string | null>("java.home"), process.env));
    } catch (e) {
      this.setState("failed");
      const message = e instanceof NoJavaError ? e.message : String(e);
      this.log.appendLine(message);
      void this.explainMissingJava(message);
      return;
    }
    const jar = this.context.asAbsolutePath("server/shapesense.jar");
    const archive = this.archive(jar, this.java.major);
    const args = serverArgs(jar, archive && fs.existsSync(archive) ? archive : undefined);
    this.log.appendLine(`Starting ${this.java.executable} (Java ${this.java.major}, from ${this.java.source}) ${args.join(" ")}`);
    if (archive && !fs.existsSync(archive)) {
      // Made once per jar and Java release, in the background, for the next start.
      const java = this.java.executable;
      setTimeout(() => void makeArchive(java, jar, archive), 10000);
    }
    const serverOptions: ServerOptions = {
      command: this.java.executable,
      args,
      transport: TransportKind.stdio,
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: "java" }],
      initializationOptions: { shapesense: readSettings((k, d) => config.get(k, d)) },
      synchronize: { configurationSection: "shapesense" },
      outputChannel: this.log,
      traceOutputChannel: this.traceLog,
    };
    const client = new LanguageClient("shapesense", "ShapeSense", serverOptions, clientOptions);
    client.onDidChangeState((e) => {
      if (this.client === client) {
        this.setState(e.newState === State.Running ? "running" : e.newState === State.Starting ? "starting" : "stopped");
      }
    });
    this.client = client;
    try {
      await client.start();
    } catch (e) {
      if (this.client === client) {
        this.setState("failed");
        this.log.appendLine(`The server did not start: ${e instanceof Error ? e.message : String(e)}`);
        void vscode.window.showErrorMessage("ShapeSense: the server did not start. Its log says why.", "Show Log").then((a) => {
          if (a) {
            this.log.show(true);
          }
        });
      }
    }
  }

  async restart(): Promise<void> {
    const old = this.client;
    this.client = undefined;
    if (old) {
      try {
        await old.stop(5000);
      } catch (e) {
        this.log.appendLine(`Stopping the server: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    await this.start();
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
      `${message} Install a JDK ${MIN_JAVA}+ and set JAVA_HOME, or point shapesense.java.home at one, then run "ShapeSense: Restart server".`,
      setHome,
      download,
    );
    if (choice === setHome) {
      await vscode.commands.executeCommand("workbench.action.openSettings", "shapesense.java.home");
    } else if (choice === download) {
      await vscode.env.openExternal(vscode.Uri.parse("https://adoptium.net/temurin/releases/?version=17"));
    }
  }

  private async showModelSummary(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== "java") {
      void vscode.window.showInformationMessage("ShapeSense: open a Java model file to see its summary.");
      return;
    }
    const doc = editor.document;
    const className = classAt(doc.getText(), doc.offsetAt(editor.selection.active));
    if (!className) {
      void vscode.window.showInformationMessage("ShapeSense: this file declares no class to summarise.");
      return;
    }
    if (!this.java) {
      void vscode.window.showErrorMessage(`ShapeSense needs Java ${MIN_JAVA} or newer to summarise a model.`);
      return;
    }
    // The summary is of the file on disk, as the command line sees it, so unsaved edits are saved first.
    if (doc.isDirty && !(await doc.save())) {
      return;
    }
    const jar = this.context.asAbsolutePath("server/shapesense.jar");
    let table: string;
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `ShapeSense: tracing ${className}` },
        () => runTrace(this.java!.executable, jar, className, doc.uri.fsPath),
      );
      table = result.table;
    } catch (e) {
      void vscode.window.showErrorMessage(`ShapeSense: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    const uri = vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: `/${className} summary.txt`, query: doc.uri.toString() });
    this.summaries.set(uri.toString(), table);
    this.summaryChanged.fire(uri);
    const summary = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(summary, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  }

  private setState(state: ServerState): void {
    this.state = state;
    this.refreshStatus();
  }

  private refreshStatus(): void {
    const errors = countShapeErrors(vscode.languages.getDiagnostics());
    const view = statusView(this.state, errors);
    this.status.text = view.text;
    this.status.tooltip = view.tooltip;
    this.status.backgroundColor = view.warning ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
    this.status.command =
      this.state === "stopped" ? "shapesense.restartServer" : errors > 0 ? "workbench.actions.view.problems" : "shapesense.showOutput";
  }

  /** Stops the server; VS Code waits for this on deactivation so no JVM outlives the window. */
  stop(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    return c ? c.stop(5000).catch(() => undefined) : Promise.resolve();
  }

  dispose(): void {
    void this.stop();
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
