import ELK, { ElkNode } from "elkjs/lib/elk.bundled.js";
import { GraphModel, GraphNode, LayoutCache, SvgElement, modelErrors, modelSummary, sceneToSvg, toElkGraph, toScene } from "../graph";
import type { FromView, ToView } from "./messages";

/**
 * The Model view's webview script: receives the server's graph from the extension, lays each model
 * out with ELK (bundled, run in this page: no worker, no network) and draws it as SVG. A click on
 * a node (or an error in the list) asks the extension to reveal its line in the editor.
 */

declare function acquireVsCodeApi(): { postMessage(m: FromView): void };

const vscode = acquireVsCodeApi();
const elk = new ELK();
const layouts = new LayoutCache<Promise<ElkNode>>(16);
const SVG_NS = "http://www.w3.org/2000/svg";
let generation = 0;

function toDom(e: SvgElement): Element {
  const node = document.createElementNS(SVG_NS, e.tag);
  for (const [k, v] of Object.entries(e.attrs)) {
    node.setAttribute(k, v);
  }
  if (e.text !== undefined) {
    node.textContent = e.text;
  }
  for (const c of e.children ?? []) {
    node.appendChild(toDom(c));
  }
  return node;
}

function html<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (text !== undefined) {
    e.textContent = text;
  }
  return e;
}

function reveal(n: GraphNode): void {
  if (n.line !== null) {
    vscode.postMessage({ type: "reveal", uri: n.uri ?? null, line: n.line, character: n.character ?? 0 });
  }
}

async function modelSection(m: GraphModel, index: number): Promise<HTMLElement> {
  const section = html("section", m.valid === false ? "model invalid" : "model");
  section.dataset.model = m.name;
  const head = html("h2", "model-name", m.name);
  section.appendChild(head);
  const summary = modelSummary(m);
  if (summary) {
    section.appendChild(html("p", "model-summary", summary));
  }
  const errors = modelErrors(m);
  if (errors.length > 0) {
    const list = html("ul", "errors");
    for (const n of errors) {
      const li = html("li", "error-item", n.line === null ? `${n.label}: ${n.error}` : `${n.label} (line ${n.line + 1}): ${n.error}`);
      if (n.line !== null) {
        li.tabIndex = 0;
        li.classList.add("located");
        li.addEventListener("click", () => reveal(n));
      }
      list.appendChild(li);
    }
    section.appendChild(list);
  }
  if (m.nodes.length === 0) {
    section.appendChild(html("p", "empty", "No layers known."));
    return section;
  }
  const input = toElkGraph(m);
  const key = JSON.stringify(input);
  let layout = layouts.get(key);
  if (!layout) {
    layout = elk.layout(input);
    layouts.set(key, layout);
    // A layout that fails is not kept.
    layout.catch(() => layouts.delete(key));
  }
  const laidOut = await layout;
  const svg = toDom(sceneToSvg(toScene(m, laidOut), `m${index}`));
  const byId = new Map(m.nodes.map((n) => [n.id, n]));
  for (const g of Array.from(svg.querySelectorAll<SVGGElement>("g.node.located"))) {
    const node = byId.get(g.dataset.id ?? "");
    if (!node) {
      continue;
    }
    const go = () => reveal(node);
    g.addEventListener("click", go);
    g.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        go();
      }
    });
  }
  const box = html("div", "graph-box");
  box.appendChild(svg);
  section.appendChild(box);
  return section;
}

async function show(msg: ToView): Promise<void> {
  const mine = ++generation;
  const root = document.getElementById("models")!;
  const title = document.getElementById("file")!;
  let content: HTMLElement[];
  if (msg.type === "message") {
    content = [html("p", "message", msg.text)];
  } else if (msg.graph.models.length === 0) {
    content = [html("p", "message", "No model class in this file.")];
  } else {
    try {
      content = await Promise.all(msg.graph.models.map((m, i) => modelSection(m, i)));
    } catch (e) {
      content = [html("p", "message", `The graph could not be laid out: ${e instanceof Error ? e.message : String(e)}`)];
    }
  }
  // A newer graph arrived while this one was laid out: it is drawn instead.
  if (mine !== generation) {
    return;
  }
  title.textContent = msg.file;
  root.replaceChildren(...content);
  document.body.dataset.version = msg.type === "graph" ? String(msg.graph.version ?? "") : "";
}

window.addEventListener("message", (ev: MessageEvent<ToView>) => {
  void show(ev.data);
});
vscode.postMessage({ type: "ready" });
