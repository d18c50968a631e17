import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { classAt, classSpans } from "../../src/classes";

const models = path.resolve(__dirname, "../../../../testdata/models");

test("the seed Net: every offset inside the class names it, imports fall back to it", () => {
  const text = readFileSync(path.join(models, "Net.java"), "utf8");
  assert.equal(classAt(text, text.indexOf("fc1.forward")), "Net");
  assert.equal(classAt(text, 0), "Net");
  assert.deepEqual(
    classSpans(text).map((s) => [s.name, s.depth]),
    [["Net", 0]],
  );
});

test("nested classes: the innermost body wins, the outer class around it", () => {
  const text = [
    "public class ResNet extends Module {",
    "  static class Bottleneck extends Module {",
    "    Tensor forward(Tensor x) { return conv.forward(x); }",
    "  }",
    "  private final Linear fc = new Linear(2048, 1000);",
    "}",
  ].join("\n");
  assert.equal(classAt(text, text.indexOf("conv.forward")), "Bottleneck");
  assert.equal(classAt(text, text.indexOf("fc =")), "ResNet");
});

test("comments, strings, text blocks and class literals are not declarations", () => {
  const text = [
    "// class Fake {",
    "/* class Fake2 { */",
    "class Real {",
    '  String s = "class Nope { }";',
    '  String t = """',
    "     class Block {",
    '     """;',
    "  char c = '{';",
    "  Object k = Real.class;",
    "  Runnable r = new Runnable() { public void run() { } };",
    "  int here;",
    "}",
  ].join("\n");
  assert.deepEqual(
    classSpans(text).map((s) => s.name),
    ["Real"],
  );
  assert.equal(classAt(text, text.indexOf("int here")), "Real");
});

test("records, generics and an unclosed class being typed", () => {
  const text = "record Out(Tensor a) {}\nclass Gen<T extends Module> extends Module {\n  void f() {";
  assert.deepEqual(
    classSpans(text).map((s) => [s.name, s.close]),
    [
      ["Out", text.indexOf("}")],
      ["Gen", text.length],
    ],
  );
  assert.equal(classAt(text, text.length), "Gen");
});

test("no class at all", () => {
  assert.equal(classAt("import dev.shapesense.nn.*;\n", 5), undefined);
});
