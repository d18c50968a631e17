import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import ELK from "elkjs/lib/elk.bundled.js";
import {
  GraphModel,
  LayoutCache,
  ModelGraph,
  SvgElement,
  formatCount,
  modelErrors,
  modelSummary,
  nodeLines,
  nodeTooltip,
  normalizeGraph,
  sceneToSvg,
  toElkGraph,
  toScene,
} from "../../src/graph";

const net = (): GraphModel =>
  (JSON.parse(readFileSync(path.join(__dirname, "../../../test/unit/fixtures/net-graph.json"), "utf8")) as ModelGraph).models[0];

/** Every element of an SVG tree, depth first. */
function all(e: SvgElement): SvgElement[] {
  return [e, ...(e.children ?? []).flatMap(all)];
}
const byClass = (root: SvgElement, cls: string) => all(root).filter((e) => (e.attrs.class ?? "").split(" ").includes(cls));
const texts = (e: SvgElement) => all(e).flatMap((x) => (x.text !== undefined ? [x.text] : []));

test("node text: label, then type and parameter count", () => {
  const [input, conv1, pool] = net().nodes;
  assert.deepEqual(nodeLines(input), ["x"]);
  assert.deepEqual(nodeLines(conv1), ["conv1", "Conv2d · 456 params"]);
  assert.deepEqual(nodeLines(pool), ["pool", "MaxPool2d"]);
  assert.deepEqual(nodeLines({ ...conv1, label: "relu", type: "relu", params: null }), ["relu"]);
  assert.equal(formatCount(62006), "62,006");
  assert.equal(formatCount("4 * D"), "4 * D");
  assert.deepEqual(nodeLines({ ...conv1, params: "4 * D" }), ["conv1", "Conv2d · 4 * D params"]);
  assert.equal(nodeTooltip({ ...conv1, line: null, character: null }), "conv1: Conv2d\noutput [N, 6, 28, 28]");
  assert.equal(nodeTooltip(conv1), "conv1: Conv2d (line 14)\noutput [N, 6, 28, 28]");
  assert.equal(nodeTooltip({ ...conv1, shape: null, error: "boom" }), "conv1: Conv2d (line 14)\nerror: boom");
});

test("the ELK graph: a box per node sized to its text, an edge per connection labelled with its shape", () => {
  const g = toElkGraph(net());
  assert.equal(g.layoutOptions?.["elk.algorithm"], "layered");
  assert.deepEqual(
    g.children?.map((c) => [c.id, c.width, c.height]),
    [
      ["0", 60, 28],
      ["1", 159, 44],
      ["2", 86, 44],
      ["3", 174, 44],
      ["4", 86, 44],
      ["5", 181, 44],
      ["6", 181, 44],
      ["7", 159, 44],
      ["8", 64, 28],
    ],
  );
  assert.deepEqual(
    g.edges?.map((e) => [e.sources[0], e.targets[0], e.labels?.[0]?.text]),
    [
      ["0", "1", "[N, 3, 32, 32]"],
      ["1", "2", "[N, 6, 28, 28]"],
      ["2", "3", "[N, 6, 14, 14]"],
      ["3", "4", "[N, 16, 10, 10]"],
      ["4", "5", "[N, 400]"],
      ["5", "6", "[N, 120]"],
      ["6", "7", "[N, 84]"],
      ["7", "8", "[N, 10]"],
    ],
  );
});

test("an edge of unknown shape has no label; an edge to a node the answer lacks is left out", () => {
  const m = net();
  m.edges[1] = { ...m.edges[1], shape: null };
  m.edges.push({ from: "8", to: "99", shape: "[N]", skip: false });
  const g = toElkGraph(m);
  assert.deepEqual(g.edges?.[1].labels, []);
  assert.equal(g.edges?.length, 8);
});

test("ELK lays Net out top-down, and the scene keeps every node and shape", async () => {
  const m = net();
  const scene = toScene(m, await new ELK().layout(toElkGraph(m)));
  assert.deepEqual(
    scene.nodes.map((n) => n.node.label),
    ["x", "conv1", "pool", "conv2", "pool", "fc1", "fc2", "fc3", "output"],
  );
  // Each layer below the one before it; every edge goes downwards from its source to its target.
  for (let i = 1; i < scene.nodes.length; i++) {
    assert.ok(scene.nodes[i].y >= scene.nodes[i - 1].y + scene.nodes[i - 1].height, `node ${i} is below node ${i - 1}`);
  }
  for (const e of scene.edges) {
    const from = scene.nodes.find((n) => n.node.id === e.edge.from)!;
    const to = scene.nodes.find((n) => n.node.id === e.edge.to)!;
    assert.ok(e.points.length >= 2);
    assert.equal(e.points[0].y, from.y + from.height);
    assert.equal(e.points[e.points.length - 1].y, to.y);
  }
  assert.deepEqual(
    scene.edges.map((e) => e.label?.text),
    ["[N, 3, 32, 32]", "[N, 6, 28, 28]", "[N, 6, 14, 14]", "[N, 16, 10, 10]", "[N, 400]", "[N, 120]", "[N, 84]", "[N, 10]"],
  );
  assert.ok(scene.width > 0 && scene.height > scene.nodes[8].y);
});

test("the SVG: nodes with their lines and positions, edges with their shapes, errors and skips marked", async () => {
  const m = net();
  m.nodes[5] = { ...m.nodes[5], error: "mat1 and mat2 shapes cannot be multiplied (Nx400 and 256x120)" };
  m.nodes.push({ id: "9", kind: "module", label: "proj", type: "Linear", params: 16, shape: "[N, 10]", line: 30, character: 4, error: null });
  m.edges.push({ from: "6", to: "9", shape: "[N, 84]", skip: true });
  const scene = toScene(m, await new ELK().layout(toElkGraph(m)));
  const svg = sceneToSvg(scene, "m0");
  assert.equal(svg.tag, "svg");
  assert.equal(svg.attrs.viewBox, `0 0 ${scene.width} ${scene.height}`);
  const nodes = byClass(svg, "node");
  assert.deepEqual(
    nodes.map((n) => [n.attrs["data-line"], n.attrs["data-character"], texts(n).slice(1)]),
    [
      ["12", "58", ["x"]],
      ["13", "32", ["conv1", "Conv2d · 456 params"]],
      ["13", "12", ["pool", "MaxPool2d"]],
      ["16", "32", ["conv2", "Conv2d · 2,416 params"]],
      ["16", "12", ["pool", "MaxPool2d"]],
      ["21", "19", ["fc1", "Linear · 48,120 params"]],
      ["24", "19", ["fc2", "Linear · 10,164 params"]],
      ["27", "15", ["fc3", "Linear · 850 params"]],
      ["27", "8", ["output"]],
      ["30", "4", ["proj", "Linear · 16 params"]],
    ],
  );
  assert.deepEqual(byClass(svg, "error").map((n) => n.attrs["data-id"]), ["5"]);
  assert.equal(texts(byClass(svg, "error")[0])[0], "fc1: Linear (line 22)\noutput [N, 120]\nerror: mat1 and mat2 shapes cannot be multiplied (Nx400 and 256x120)");
  assert.deepEqual(byClass(svg, "skip").map((e) => [e.attrs["data-from"], e.attrs["data-to"]]), [["6", "9"]]);
  assert.deepEqual(
    byClass(svg, "edge-label").map((t) => t.text),
    ["[N, 3, 32, 32]", "[N, 6, 28, 28]", "[N, 6, 14, 14]", "[N, 16, 10, 10]", "[N, 400]", "[N, 120]", "[N, 84]", "[N, 10]", "[N, 84]"],
  );
  // Each node's box is where ELK put it; its text is centred in the box.
  const conv1 = scene.nodes[1];
  const rect = nodes[1].children!.find((c) => c.tag === "rect")!;
  const tenth = (n: number) => String(Math.round(n * 10) / 10);
  assert.deepEqual([rect.attrs.x, rect.attrs.y, rect.attrs.width, rect.attrs.height], [conv1.x, conv1.y, conv1.width, conv1.height].map(tenth));
  assert.equal(all(nodes[1]).find((c) => c.tag === "tspan")!.attrs.x, tenth(conv1.x + conv1.width / 2));
  // No inline style anywhere (the webview's content security policy forbids it).
  assert.ok(all(svg).every((e) => !("style" in e.attrs)));
  // Each arrow refers to its own SVG's marker.
  assert.ok(byClass(svg, "edge-line").every((p) => p.attrs["marker-end"] === "url(#m0-arrow)"));
});

test("a model's heading and its errors", () => {
  const m = net();
  assert.equal(modelSummary(m), "[N, 3, 32, 32] → [N, 10] · 62,006 params");
  assert.equal(modelSummary({ ...m, input: null, output: null, params: null }), "");
  assert.equal(modelSummary({ ...m, output: null }), "[N, 3, 32, 32] → ? · 62,006 params");
  assert.deepEqual(modelErrors(m), []);
  m.nodes[3] = { ...m.nodes[3], error: "bad" };
  assert.deepEqual(modelErrors(m).map((n) => n.label), ["conv2"]);
});

test("a node whose place is unknown is drawn but not clickable", async () => {
  const m = net();
  m.nodes[2] = { ...m.nodes[2], line: null, character: null };
  const svg = sceneToSvg(toScene(m, await new ELK().layout(toElkGraph(m))), "m0");
  const nodes = byClass(svg, "node");
  assert.equal(nodes.length, 9);
  assert.deepEqual(byClass(svg, "located").map((n) => n.attrs["data-id"]), ["0", "1", "3", "4", "5", "6", "7", "8"]);
  assert.deepEqual(nodes[2].attrs, { class: "node module", "data-id": "2" });
});

test("the server's answer with its null members left out reads as nulls", () => {
  const raw = {
    version: 3,
    models: [
      {
        name: "Net",
        input: "[N, 3, 32, 32]",
        params: "4 * D",
        nodes: [
          { id: "0", kind: "input", label: "input", type: "Tensor", shape: "[N, 3, 32, 32]", uri: "file:///w/Net.java", line: 12, character: 58 },
          { id: "1", kind: "module", label: "fc", type: "Linear", params: 16, line: 20 },
          { kind: "module", label: "no id" },
          { id: "2", kind: "weird", label: "odd" },
        ],
        edges: [{ from: "0", to: "1", shape: "[N, 3, 32, 32]" }, { from: "1", skip: true }, { from: "1", to: "2", skip: true }],
      },
    ],
  };
  assert.deepEqual(normalizeGraph(raw), {
    version: 3,
    models: [
      {
        name: "Net",
        input: "[N, 3, 32, 32]",
        output: null,
        params: "4 * D",
        valid: null,
        nodes: [
          { id: "0", kind: "input", label: "input", type: "Tensor", params: null, shape: "[N, 3, 32, 32]", uri: "file:///w/Net.java", line: 12, character: 58, error: null },
          { id: "1", kind: "module", label: "fc", type: "Linear", params: 16, shape: null, uri: null, line: 20, character: 0, error: null },
          { id: "2", kind: "module", label: "odd", type: null, params: null, shape: null, uri: null, line: null, character: null, error: null },
        ],
        edges: [
          { from: "0", to: "1", shape: "[N, 3, 32, 32]", skip: false },
          { from: "1", to: "2", shape: null, skip: true },
        ],
      },
    ],
  });
  assert.equal(normalizeGraph(null), null);
  assert.equal(normalizeGraph({ version: 1 }), null);
  assert.deepEqual(normalizeGraph({ models: [] }), { version: null, models: [] });
  // The fixture, complete already, reads as itself.
  const full = JSON.parse(readFileSync(path.join(__dirname, "../../../test/unit/fixtures/net-graph.json"), "utf8")) as ModelGraph;
  const again = normalizeGraph(full)!;
  assert.deepEqual(again.models[0].nodes.map((n) => ({ ...n, uri: undefined })), full.models[0].nodes.map((n) => ({ ...n, uri: undefined })));
});

test("the layout cache keeps the most recently used layouts", () => {
  const c = new LayoutCache<number>(2);
  c.set("a", 1);
  c.set("b", 2);
  assert.equal(c.get("a"), 1);
  c.set("c", 3);
  assert.equal(c.get("b"), undefined);
  assert.equal(c.get("a"), 1);
  assert.equal(c.get("c"), 3);
  c.set("c", 4);
  assert.equal(c.get("c"), 4);
  assert.equal(c.size, 2);
  c.delete("c");
  assert.equal(c.get("c"), undefined);
  assert.equal(c.size, 1);
});
