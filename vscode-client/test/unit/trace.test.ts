import assert from "node:assert/strict";
import { test } from "node:test";
import { LogLevel, PlainChannel, SettingTraceChannel, timestamp, traceLevel } from "../../src/trace";

function plain(): PlainChannel & { lines: string[] } {
  const lines: string[] = [];
  return {
    name: "ShapeSense Trace",
    lines,
    append: (v) => lines.push(v),
    appendLine: (v) => lines.push(v),
    replace: () => undefined,
    clear: () => lines.splice(0),
    show: () => undefined,
    hide: () => undefined,
    dispose: () => undefined,
  };
}

const at = () => new Date(2026, 11, 7, 4, 5, 6, 7);

test("the setting's values map to the levels the language client traces at", () => {
  assert.equal(traceLevel("off"), LogLevel.Off);
  assert.equal(traceLevel("messages"), LogLevel.Trace);
  assert.equal(traceLevel("verbose"), LogLevel.Trace);
  assert.equal(traceLevel(undefined), LogLevel.Off);
  assert.equal(timestamp(at()), "2026-12-07 04:05:06.007");
});

test("trace lines are written only while the setting is on; a change of setting is announced once", () => {
  const out = plain();
  const ch = new SettingTraceChannel(out, traceLevel("off"), at);
  const heard: number[] = [];
  const sub = ch.onDidChangeLogLevel((l) => heard.push(l));
  ch.trace("Sending request 'initialize - (0)'.");
  assert.deepEqual(out.lines, []);
  ch.setLevel(traceLevel("verbose"));
  ch.setLevel(traceLevel("messages"));
  assert.equal(ch.logLevel, LogLevel.Trace);
  ch.trace("Sending request 'shapesense/modelGraph - (7)'.\nParams: {}");
  ch.error(new Error("boom"));
  assert.equal(out.lines[0], "2026-12-07 04:05:06.007 [trace] Sending request 'shapesense/modelGraph - (7)'.\nParams: {}");
  assert.match(out.lines[1], /^2026-12-07 04:05:06.007 \[error\] Error: boom/);
  ch.setLevel(traceLevel("off"));
  ch.trace("dropped");
  assert.equal(out.lines.length, 2);
  assert.deepEqual(heard, [LogLevel.Trace, LogLevel.Off]);
  sub.dispose();
  ch.setLevel(LogLevel.Trace);
  assert.deepEqual(heard, [LogLevel.Trace, LogLevel.Off]);
  assert.equal(ch.name, "ShapeSense Trace");
});
