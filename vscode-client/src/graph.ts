import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api";

/**
 * The Model view's pure half: the server's `shapesense/modelGraph` answer, the ELK graph laid out
 * from it, the scene (boxes and polylines) read back from ELK's layout, and the SVG element tree
 * drawn from the scene. No DOM and no VS Code here, so every step is unit-testable in Node; the
 * webview only turns the element tree into DOM nodes.
 */

/** The answer to `shapesense/modelGraph`: every model class of one document, at one version. */
export interface ModelGraph {
  /** The document version the graph was computed from (null when the server cannot tell). */
  version: number | null;
  models: GraphModel[];
}

export interface GraphModel {
  name: string;
  /** The input shape (several inputs' shapes joined by ", "), null when unknown. */
  input: string | null;
  output: string | null;
  /** A parameter count; a symbolic one as its expression (`4 * D`); null when unknown. */
  params: Count;
  /** False when the model's forward fails, true when it runs, null when the analysis cannot tell. */
  valid: boolean | null;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphNode {
  id: string;
  kind: "input" | "module" | "output";
  label: string;
  type: string | null;
  params: Count;
  /** The node's output shape, or null when the analysis cannot know it. */
  shape: string | null;
  /**
   * The document the node's call is in, when the server says (a block class in its own file);
   * absent or null with `line` in the requested document, or nowhere known when `line` is null.
   */
  uri?: string | null;
  /** 0-based position (UTF-16) of the node's call, its forward parameter for an input; null when unknown. */
  line: number | null;
  character: number | null;
  error: string | null;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** The shape of the tensor on this edge, or null when unknown. */
  shape: string | null;
  /** True for a skip (residual) connection. */
  skip: boolean;
}

/** A count: a number, a symbolic expression, or null when unknown. */
export type Count = number | string | null;

/** Text metrics of the view's font: 12 px monospace (DejaVu Sans Mono's advance is 0.602 em). */
export const FONT_SIZE = 12;
export const CHAR_WIDTH = 7.3;
export const LINE_HEIGHT = 16;
const PAD_X = 10;
const PAD_Y = 6;
const MIN_NODE_WIDTH = 60;
const LABEL_PAD = 4;

/** ELK's options: top-down layers, orthogonal edges, each shape label beside its edge. */
export const LAYOUT_OPTIONS: Record<string, string> = {
  "elk.algorithm": "layered",
  "elk.direction": "DOWN",
  "elk.edgeRouting": "ORTHOGONAL",
  "elk.layered.spacing.nodeNodeBetweenLayers": "10",
  "elk.spacing.nodeNode": "30",
  "elk.spacing.edgeLabel": "2",
  "elk.spacing.edgeNode": "12",
  "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
  "elk.padding": "[top=8,left=8,bottom=8,right=8]",
};

/** `62006` -> `62,006`, as the command line's tables print parameter counts; an expression as it is. */
export function formatCount(n: number | string): string {
  return typeof n === "number" ? n.toLocaleString("en-US") : n;
}

/** The text lines drawn inside a node: its label, then its type and parameter count. */
export function nodeLines(node: GraphNode): string[] {
  const lines = [node.label];
  const details: string[] = [];
  if (node.type && node.type !== node.label) {
    details.push(node.type);
  }
  if (node.params !== null && node.params !== 0) {
    details.push(`${formatCount(node.params)} params`);
  }
  if (details.length > 0) {
    lines.push(details.join(" · "));
  }
  return lines;
}

export function textWidth(text: string): number {
  return Math.ceil(text.length * CHAR_WIDTH);
}

/** The ELK graph of one model: a box per node sized to its text, an edge labelled with its shape. */
export function toElkGraph(model: GraphModel): ElkNode {
  const ids = new Set(model.nodes.map((n) => n.id));
  const children: ElkNode[] = model.nodes.map((n) => {
    const lines = nodeLines(n);
    return {
      id: n.id,
      width: Math.max(MIN_NODE_WIDTH, Math.max(...lines.map(textWidth)) + 2 * PAD_X),
      height: lines.length * LINE_HEIGHT + 2 * PAD_Y,
    };
  });
  const edges: ElkExtendedEdge[] = [];
  model.edges.forEach((e, i) => {
    // An edge to a node the answer does not hold cannot be drawn; ELK would reject the whole graph.
    if (!ids.has(e.from) || !ids.has(e.to)) {
      return;
    }
    edges.push({
      id: `e${i}`,
      sources: [e.from],
      targets: [e.to],
      labels: e.shape ? [{ id: `e${i}-label`, text: e.shape, width: textWidth(e.shape) + 2 * LABEL_PAD, height: LINE_HEIGHT }] : [],
    });
  });
  return { id: "root", layoutOptions: LAYOUT_OPTIONS, children, edges };
}

export interface Point {
  x: number;
  y: number;
}

export interface SceneNode {
  node: GraphNode;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface SceneEdge {
  edge: GraphEdge;
  points: Point[];
  label?: { text: string; x: number; y: number; width: number; height: number };
}

export interface Scene {
  width: number;
  height: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
}

/** Reads ELK's layout of {@link toElkGraph}'s graph back as boxes and polylines of the model's parts. */
export function toScene(model: GraphModel, laidOut: ElkNode): Scene {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const nodes: SceneNode[] = [];
  for (const c of laidOut.children ?? []) {
    const node = byId.get(c.id);
    if (node) {
      nodes.push({ node, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0, lines: nodeLines(node) });
    }
  }
  const edges: SceneEdge[] = [];
  for (const e of laidOut.edges ?? []) {
    const edge = model.edges[Number(e.id.slice(1))];
    const ext = e as ElkExtendedEdge;
    if (!edge) {
      continue;
    }
    const points: Point[] = [];
    for (const s of ext.sections ?? []) {
      points.push(s.startPoint, ...(s.bendPoints ?? []), s.endPoint);
    }
    const l = ext.labels?.[0];
    edges.push({
      edge,
      points: points.map((p) => ({ x: p.x, y: p.y })),
      label: l && l.text ? { text: l.text, x: l.x ?? 0, y: l.y ?? 0, width: l.width ?? 0, height: l.height ?? 0 } : undefined,
    });
  }
  return { width: Math.ceil(laidOut.width ?? 0), height: Math.ceil(laidOut.height ?? 0), nodes, edges };
}

/** An SVG element to create: its tag, attributes, text and children. */
export interface SvgElement {
  tag: string;
  attrs: Record<string, string>;
  text?: string;
  children?: SvgElement[];
}

function el(tag: string, attrs: Record<string, string>, children?: SvgElement[], text?: string): SvgElement {
  const e: SvgElement = { tag, attrs };
  if (children) {
    e.children = children;
  }
  if (text !== undefined) {
    e.text = text;
  }
  return e;
}

const r = (n: number) => String(Math.round(n * 10) / 10);

/** What the tooltip of a node says: its label and type, its output shape, its error. */
export function nodeTooltip(n: GraphNode): string {
  const head = n.type && n.type !== n.label ? `${n.label}: ${n.type}` : n.label;
  const parts = [n.line === null ? head : `${head} (line ${n.line + 1})`];
  if (n.shape) {
    parts.push(`output ${n.shape}`);
  }
  if (n.error) {
    parts.push(`error: ${n.error}`);
  }
  return parts.join("\n");
}

/**
 * The SVG of a laid-out model. Styling is by class only (the webview's stylesheet, with the
 * theme's colours): the webview's content security policy allows no inline style. A node is
 * `g.node`; one whose place is known is `g.node.located` with `data-line`/`data-character` for the
 * click that reveals it (the node's `uri`, when another file, is looked up by `data-id`); a node with an error
 * is `g.node.error`; an edge's shape is `text.edge-label`; a skip connection is `g.edge.skip`.
 */
export function sceneToSvg(scene: Scene, idPrefix: string): SvgElement {
  const arrow = `${idPrefix}-arrow`;
  const defs = el("defs", {}, [
    el("marker", { id: arrow, viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" }, [
      el("path", { d: "M 0 0 L 10 5 L 0 10 z", class: "arrow-head" }),
    ]),
  ]);
  const edges = scene.edges.map((e) => {
    const d = e.points.map((p, i) => `${i === 0 ? "M" : "L"} ${r(p.x)} ${r(p.y)}`).join(" ");
    const parts: SvgElement[] = [el("path", { d, class: "edge-line", "marker-end": `url(#${arrow})` })];
    if (e.label) {
      const l = e.label;
      parts.push(el("rect", { class: "edge-label-bg", x: r(l.x), y: r(l.y), width: r(l.width), height: r(l.height), rx: "3" }));
      parts.push(el("text", { class: "edge-label", x: r(l.x + l.width / 2), y: r(l.y + l.height / 2), "text-anchor": "middle", "dominant-baseline": "central" }, undefined, l.text));
    }
    return el("g", { class: e.edge.skip ? "edge skip" : "edge", "data-from": e.edge.from, "data-to": e.edge.to }, parts);
  });
  const nodes = scene.nodes.map((s) => {
    const n = s.node;
    const tspans = s.lines.map((line, i) =>
      el("tspan", { class: i === 0 ? "node-label" : "node-detail", x: r(s.x + s.width / 2), y: r(s.y + PAD_Y + i * LINE_HEIGHT + LINE_HEIGHT / 2) }, undefined, line),
    );
    return el(
      "g",
      n.line === null
        ? { class: `node ${n.kind}${n.error ? " error" : ""}`, "data-id": n.id }
        : {
            class: `node ${n.kind}${n.error ? " error" : ""} located`,
            "data-id": n.id,
            "data-line": String(n.line),
            "data-character": String(n.character ?? 0),
            tabindex: "0",
            role: "button",
          },
      [
        el("title", {}, undefined, nodeTooltip(n)),
        el("rect", { x: r(s.x), y: r(s.y), width: r(s.width), height: r(s.height), rx: n.kind === "module" ? "4" : "12" }),
        el("text", { "text-anchor": "middle", "dominant-baseline": "central" }, tspans),
      ],
    );
  });
  return el(
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", class: "graph", width: String(scene.width), height: String(scene.height), viewBox: `0 0 ${scene.width} ${scene.height}` },
    [defs, el("g", { class: "edges" }, edges), el("g", { class: "nodes" }, nodes)],
  );
}

/** The heading of a model: its name, input and output shapes, and parameter count. */
export function modelSummary(m: GraphModel): string {
  const parts: string[] = [];
  if (m.input || m.output) {
    parts.push(`${m.input ?? "?"} → ${m.output ?? "?"}`);
  }
  if (m.params !== null) {
    parts.push(`${formatCount(m.params)} params`);
  }
  return parts.join(" · ");
}

/** The model's errors, in the order of their nodes: what the view lists under the heading. */
export function modelErrors(m: GraphModel): GraphNode[] {
  return m.nodes.filter((n) => n.error !== null);
}

type Json = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const int = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const count = (v: unknown): Count => (typeof v === "number" && Number.isFinite(v) ? v : typeof v === "string" ? v : null);
const obj = (v: unknown): Json => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const KINDS = new Set(["input", "module", "output"]);

/**
 * The server's answer as the view's types: a field the server leaves out (LSP4J drops null
 * members) or sends with another type is null, a node without an id or an edge without both ends
 * is dropped. Answers null when the answer is no graph at all.
 */
export function normalizeGraph(raw: unknown): ModelGraph | null {
  if (raw === null || typeof raw !== "object" || !Array.isArray((raw as Json).models)) {
    return null;
  }
  const r = raw as Json;
  return {
    version: int(r.version),
    models: list(r.models).map((mv) => {
      const m = obj(mv);
      return {
        name: str(m.name) ?? "?",
        input: str(m.input),
        output: str(m.output),
        params: count(m.params),
        valid: typeof m.valid === "boolean" ? m.valid : null,
        nodes: list(m.nodes)
          .map(obj)
          .filter((n) => typeof n.id === "string")
          .map((n) => {
            const line = int(n.line);
            return {
              id: n.id as string,
              kind: (KINDS.has(n.kind as string) ? n.kind : "module") as GraphNode["kind"],
              label: str(n.label) ?? "?",
              type: str(n.type),
              params: count(n.params),
              shape: str(n.shape),
              uri: str(n.uri),
              line,
              character: line === null ? null : int(n.character) ?? 0,
              error: str(n.error),
            };
          }),
        edges: list(m.edges)
          .map(obj)
          .filter((e) => typeof e.from === "string" && typeof e.to === "string")
          .map((e) => ({ from: e.from as string, to: e.to as string, shape: str(e.shape), skip: e.skip === true })),
      };
    }),
  };
}

/**
 * The last few layouts by their ELK input: while the user types, most edits leave a model's graph
 * as it was (same boxes, same edge labels), and ELK takes seconds on a large one (MobileNetV2's
 * 143 nodes), so an unchanged graph is not laid out again.
 */
export class LayoutCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const v = this.entries.get(key);
    if (v !== undefined) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
