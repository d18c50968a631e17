/**
 * Finds Java class declarations and their bodies in source text, well enough to name the model
 * under the cursor: comments, string, char and text-block literals are skipped, `Foo.class`
 * literals are not declarations. Offsets are UTF-16 code units, as VS Code's `offsetAt` gives.
 */
export interface ClassSpan {
  name: string;
  /** Offset of the body's `{`. */
  open: number;
  /** Offset of the body's `}`, or the text's length when the body is not closed yet. */
  close: number;
  /** Nesting depth: 0 for a top-level class. */
  depth: number;
}

const DECLARATION = new Set(["class", "record", "enum", "interface"]);

export function classSpans(text: string): ClassSpan[] {
  const spans: ClassSpan[] = [];
  // For every `{` still open: the span it opens, or null for a block that is not a class body.
  const open: (ClassSpan | null)[] = [];
  let pendingName: string | undefined;
  let prevToken = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "/" && text[i + 1] === "/") {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === '"' && text.startsWith('"""', i)) {
      const end = text.indexOf('"""', i + 3);
      i = end < 0 ? text.length : end + 3;
      prevToken = "literal";
    } else if (c === '"' || c === "'") {
      i = skipQuoted(text, i, c);
      prevToken = "literal";
    } else if (isIdentStart(c)) {
      let j = i + 1;
      while (j < text.length && isIdentPart(text[j])) {
        j++;
      }
      const word = text.slice(i, j);
      if (prevToken !== "." && DECLARATION.has(prevToken) && pendingName === undefined) {
        pendingName = word;
      }
      prevToken = prevToken === "." && word === "class" ? "class-literal" : word;
      i = j;
    } else if (c === "{") {
      if (pendingName !== undefined) {
        const span = { name: pendingName, open: i, close: text.length, depth: classDepth(open) };
        spans.push(span);
        open.push(span);
        pendingName = undefined;
      } else {
        open.push(null);
      }
      prevToken = "{";
      i++;
    } else if (c === "}") {
      const span = open.pop();
      if (span) {
        span.close = i;
      }
      prevToken = "}";
      i++;
    } else {
      if (c === ";") {
        pendingName = undefined;
      }
      if (!/\s/.test(c)) {
        prevToken = c;
      }
      i++;
    }
  }
  return spans;
}

/**
 * The class to summarise for a cursor at `offset`: the innermost class whose body holds it, else
 * (cursor in the imports or between classes) the file's first top-level class.
 */
export function classAt(text: string, offset: number): string | undefined {
  const spans = classSpans(text);
  let best: ClassSpan | undefined;
  for (const s of spans) {
    if (s.open < offset && offset <= s.close && (!best || s.depth > best.depth)) {
      best = s;
    }
  }
  return (best ?? spans.find((s) => s.depth === 0))?.name;
}

function classDepth(open: (ClassSpan | null)[]): number {
  return open.filter((s) => s !== null).length;
}

function skipQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length && text[i] !== quote && text[i] !== "\n") {
    i += text[i] === "\\" ? 2 : 1;
  }
  return i + 1;
}

function isIdentStart(c: string): boolean {
  return /[A-Za-z_$]/.test(c);
}

function isIdentPart(c: string): boolean {
  return /[A-Za-z0-9_$]/.test(c);
}
