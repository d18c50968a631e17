import assert from "node:assert/strict";
import { test } from "node:test";
import { AnalysisTracker, countShapeErrors, fileName, statusView } from "../../src/status";

test("status text for each state", () => {
  assert.deepEqual(statusView("starting", 0), { text: "$(sync~spin) ShapeSense", tooltip: "ShapeSense: starting the server…", warning: false });
  assert.deepEqual(statusView("running", 0), { text: "$(check) ShapeSense", tooltip: "ShapeSense: no shape errors in the workspace", warning: false });
  assert.deepEqual(statusView("running", 1), { text: "$(error) ShapeSense: 1", tooltip: "ShapeSense: 1 shape error in the workspace", warning: true });
  assert.deepEqual(statusView("running", 3), { text: "$(error) ShapeSense: 3", tooltip: "ShapeSense: 3 shape errors in the workspace", warning: true });
  assert.equal(statusView("failed", 0).text, "$(error) ShapeSense");
  assert.equal(statusView("stopped", 2).tooltip, "ShapeSense: the server is stopped. Click to start it.");
});

test("a running analysis spins the item; the tooltip names the file and the versions", () => {
  const info = { analyzing: ["Net.java"], serverVersion: "0.1.0", javaVersion: "17.0.13" };
  assert.deepEqual(statusView("running", 0, info), {
    text: "$(sync~spin) ShapeSense",
    tooltip: "ShapeSense: analyzing Net.java…\nNo shape errors in the workspace\nShapeSense server 0.1.0 on Java 17.0.13",
    warning: false,
  });
  assert.deepEqual(statusView("running", 2, { ...info, analyzing: ["A.java", "B.java"] }), {
    text: "$(sync~spin) ShapeSense: 2",
    tooltip: "ShapeSense: analyzing A.java, B.java…\n2 shape errors in the workspace\nShapeSense server 0.1.0 on Java 17.0.13",
    warning: false,
  });
  assert.deepEqual(statusView("running", 1, { ...info, analyzing: [] }), {
    text: "$(error) ShapeSense: 1",
    tooltip: "ShapeSense: 1 shape error in the workspace\nShapeSense server 0.1.0 on Java 17.0.13",
    warning: true,
  });
  assert.equal(statusView("running", 0, { analyzing: [], javaVersion: "21" }).tooltip, "ShapeSense: no shape errors in the workspace\nShapeSense Java 21");
});

test("the tracker follows shapesense/status per file", () => {
  const t = new AnalysisTracker();
  assert.deepEqual(t.info(), { analyzing: [], serverVersion: undefined, javaVersion: undefined });
  assert.equal(t.update({ uri: "file:///w/Net.java", state: "analyzing", serverVersion: "0.1.0", javaVersion: "17.0.13" }), true);
  assert.equal(t.update({ uri: "file:///w/My%20Net.java", state: "analyzing" }), true);
  assert.deepEqual(t.info(), { analyzing: ["Net.java", "My Net.java"], serverVersion: "0.1.0", javaVersion: "17.0.13" });
  assert.equal(t.update({ uri: "file:///w/Net.java", state: "idle" }), true);
  assert.equal(t.update({ uri: "file:///w/Net.java", state: "idle" }), false);
  assert.deepEqual(t.info().analyzing, ["My Net.java"]);
  t.reset();
  assert.deepEqual(t.info(), { analyzing: [], serverVersion: "0.1.0", javaVersion: "17.0.13" });
  assert.equal(fileName("file:///a/b/C.java?x#y"), "C.java");
});

test("only ShapeSense's errors count", () => {
  const files = [
    ["a.java", [{ source: "shapesense", severity: 0 }, { source: "shapesense", severity: 1 }, { source: "java", severity: 0 }]],
    ["b.java", [{ source: "shapesense", severity: 0 }, { severity: 0 }]],
    ["c.java", []],
  ] as const;
  assert.equal(countShapeErrors(files), 2);
});
