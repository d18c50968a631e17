import assert from "node:assert/strict";
import { test } from "node:test";
import { countShapeErrors, statusView } from "../../src/status";

test("status text for each state", () => {
  assert.deepEqual(statusView("starting", 0), { text: "$(sync~spin) ShapeSense", tooltip: "ShapeSense: starting the server…", warning: false });
  assert.deepEqual(statusView("running", 0), { text: "$(check) ShapeSense", tooltip: "ShapeSense: no shape errors in the workspace", warning: false });
  assert.deepEqual(statusView("running", 1), { text: "$(error) ShapeSense: 1", tooltip: "ShapeSense: 1 shape error in the workspace", warning: true });
  assert.deepEqual(statusView("running", 3), { text: "$(error) ShapeSense: 3", tooltip: "ShapeSense: 3 shape errors in the workspace", warning: true });
  assert.equal(statusView("failed", 0).text, "$(error) ShapeSense");
  assert.equal(statusView("stopped", 2).tooltip, "ShapeSense: the server is stopped. Click to restart it.");
});

test("only ShapeSense's errors count", () => {
  const files = [
    ["a.java", [{ source: "shapesense", severity: 0 }, { source: "shapesense", severity: 1 }, { source: "java", severity: 0 }]],
    ["b.java", [{ source: "shapesense", severity: 0 }, { severity: 0 }]],
    ["c.java", []],
  ] as const;
  assert.equal(countShapeErrors(files), 2);
});
