import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { ModelGraph, normalizeGraph } from "./graph";
import type { FromView, ToView } from "./webview/messages";

/** The server's request: the layer graph of every model class of one open document. */
export const MODEL_GRAPH_REQUEST = "shapesense/modelGraph";

/** Milliseconds between the last keystroke and the request for the new graph. */
const TYPING_DELAY = 250;
/** How often a graph older than the document is asked for again before waiting for the server's status. */
const STALE_RETRIES = 8;

/**
 * The Model view: a webview beside the code that draws the layer graph of the Java file last
 * active in an editor, from the running server (`shapesense/modelGraph`), with the shape on every
 * edge. It asks again as the user types, when the server says an analysis of the file is done,
 * and when a new server starts; a click on a node reveals the node's line in the editor.
 */
export class ModelView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private requestSeq = 0;
  private staleRetries = 0;
  private ready = false;
  private last: ToView | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: () => LanguageClient | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.document && e.contentChanges.length > 0) {
          this.schedule(TYPING_DELAY);
        }
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && editor.document.languageId === "java" && editor.document !== this.document) {
          this.follow(editor.document);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) {
          this.document = undefined;
        }
      }),
    );
  }

  /** "ShapeSense: Show Model View": opens the view beside the active Java editor, or reveals it. */
  show(): void {
    const editor = vscode.window.activeTextEditor;
    const doc = editor?.document.languageId === "java" ? editor.document : this.document;
    if (!doc) {
      void vscode.window.showInformationMessage("ShapeSense: open a Java model file to see its Model view.");
      return;
    }
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      this.panel = this.createPanel();
    }
    this.follow(doc);
  }

  /** The server says it analysed `uri` (or a new server runs: no uri): the graph may have changed. */
  analysisDone(uri?: string): void {
    if (this.panel && this.document && (uri === undefined || uri === this.document.uri.toString())) {
      this.staleRetries = 0;
      this.schedule(0);
    }
  }

  private follow(doc: vscode.TextDocument): void {
    this.document = doc;
    this.staleRetries = 0;
    if (this.panel) {
      this.panel.title = `Model View: ${fileName(doc)}`;
    }
    this.schedule(0);
  }

  private createPanel(): vscode.WebviewPanel {
    const dist = vscode.Uri.joinPath(this.extensionUri, "dist");
    const media = vscode.Uri.joinPath(this.extensionUri, "media");
    const panel = vscode.window.createWebviewPanel(
      "shapesense.modelView",
      "Model View",
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [dist, media], retainContextWhenHidden: true },
    );
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, "images/icon.png");
    const webview = panel.webview;
    const nonce = makeNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(dist, "modelView.js"));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, "modelView.css"));
    webview.html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Model View</title>
</head>
<body>
<div id="file"></div>
<main id="models"><p class="message">Waiting for the server…</p></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
    this.ready = false;
    panel.webview.onDidReceiveMessage((m: FromView) => this.received(m));
    panel.onDidDispose(() => {
      if (this.panel === panel) {
        this.panel = undefined;
        this.last = undefined;
        if (this.timer) {
          clearTimeout(this.timer);
          this.timer = undefined;
        }
      }
    });
    return panel;
  }

  private received(m: FromView): void {
    if (m.type === "ready") {
      this.ready = true;
      if (this.last) {
        void this.panel?.webview.postMessage(this.last);
      }
    } else if (m.type === "reveal") {
      void this.reveal(m.uri, m.line, m.character);
    }
  }

  /**
   * Shows a node's position, in the followed document or (a block class) in the file `uri`, in the
   * editor column that shows the followed document.
   */
  private async reveal(uri: string | null, line: number, character: number): Promise<void> {
    const followed = this.document;
    if (!followed) {
      return;
    }
    const client = this.client();
    let doc = followed;
    if (uri) {
      const target = client ? client.protocol2CodeConverter.asUri(uri) : vscode.Uri.parse(uri);
      if (target.toString() !== followed.uri.toString()) {
        try {
          doc = await vscode.workspace.openTextDocument(target);
        } catch (e) {
          this.log.warn(`Cannot open ${uri}: ${e instanceof Error ? e.message : String(e)}`);
          return;
        }
      }
    }
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === followed);
    const pos = doc.validatePosition(new vscode.Position(line, character));
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One,
      selection: new vscode.Range(pos, pos),
      preserveFocus: false,
    });
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private schedule(delay: number): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delay);
  }

  private post(m: ToView): void {
    this.last = m;
    if (this.panel && this.ready) {
      void this.panel.webview.postMessage(m);
    }
  }

  private async refresh(): Promise<void> {
    const doc = this.document;
    if (!this.panel || !doc) {
      return;
    }
    const file = fileName(doc);
    const client = this.client();
    if (!client || !client.isRunning()) {
      this.post({ type: "message", file, text: "The ShapeSense server is not running: run \"ShapeSense: Start Server\"." });
      return;
    }
    const seq = ++this.requestSeq;
    const version = doc.version;
    let graph: ModelGraph | null;
    try {
      graph = normalizeGraph(await client.sendRequest<unknown>(MODEL_GRAPH_REQUEST, { textDocument: { uri: client.code2ProtocolConverter.asUri(doc.uri) } }));
    } catch (e) {
      if (seq === this.requestSeq) {
        const text = e instanceof Error ? e.message : String(e);
        this.log.warn(`${MODEL_GRAPH_REQUEST} failed: ${text}`);
        this.post({ type: "message", file, text: `The server did not answer with a graph: ${text}` });
      }
      return;
    }
    // A later request, or another document, supersedes this answer.
    if (seq !== this.requestSeq || doc !== this.document || !graph) {
      return;
    }
    this.post({ type: "graph", file, graph });
    // The server had not seen the latest edit yet: ask again shortly (the server's status
    // notification for the file asks again as well).
    if (graph.version !== null && graph.version < version && this.staleRetries < STALE_RETRIES) {
      this.staleRetries++;
      this.schedule(TYPING_DELAY);
    } else if (graph.version === null || graph.version >= doc.version) {
      this.staleRetries = 0;
    }
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.panel?.dispose();
    for (const s of this.subscriptions) {
      s.dispose();
    }
  }
}

function fileName(doc: vscode.TextDocument): string {
  const p = doc.uri.path;
  return p.slice(p.lastIndexOf("/") + 1);
}

function makeNonce(): string {
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let s = "";
  for (let i = 0; i < 32; i++) {
    s += chars[Math.floor(Math.random() * chars.length)];
  }
  return s;
}
