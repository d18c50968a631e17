import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * How the extension runs the bundled jar: the language server and the `trace` command line. Pure
 * argument building plus one process runner, so the commands are unit-testable without VS Code.
 */

/** The settings sent as `initializationOptions` and on every `workspace/didChangeConfiguration`. */
export interface ServerSettings {
  inlayHints: { enabled: boolean; maxLength: number };
  defaultBatchSymbol: string;
}

/** Reads the settings through a getter shaped like `WorkspaceConfiguration.get`, with defaults. */
export function readSettings(get: <T>(key: string, fallback: T) => T): ServerSettings {
  return {
    inlayHints: {
      enabled: get("inlayHints.enabled", true),
      maxLength: get("inlayHints.maxLength", 0),
    },
    defaultBatchSymbol: get("defaultBatchSymbol", "N"),
  };
}

/**
 * JVM warnings go to stderr, never to stdout, which carries the protocol (a stale class-data
 * archive, for one, is reported as a warning).
 */
const JVM_LOG = ["-Xlog:disable", "-Xlog:all=warning:stderr"];

/**
 * The JIT compiles methods of more than 8,000 bytecodes too: the Java parser's lexer is one
 * (JavaCC's jjMoveNfa_0), and left interpreted it makes every analysis about a third slower.
 */
const JIT = ["-XX:-DontCompileHugeMethods"];

/**
 * The parallel collector: a large model's tree lives through many young collections, which G1
 * copies more slowly (edit -> hints of the 5,000-line model: p50 316 -> 249 ms, same machine and
 * hour). The archive is written with the collector it is used with.
 */
const GC = ["-XX:+UseParallelGC"];

/**
 * JVM arguments of the language server; the client appends `--stdio` and `--clientProcessId`.
 * With `archive` (an application class-data-sharing archive made by {@link makeArchive}) the JVM
 * maps the classes instead of loading them: start-up to the first diagnostics takes about half
 * as long. A stale or unusable archive is ignored by the JVM.
 */
export function serverArgs(jar: string, archive?: string): string[] {
  const cds = archive ? [`-XX:SharedArchiveFile=${archive}`] : [];
  return [...JVM_LOG, ...JIT, ...GC, ...cds, "-jar", jar, "server"];
}

/** The archive's file name: one per jar build and Java release, so a new one replaces neither. */
export function archiveName(jarSize: number, jarMtimeMs: number, javaMajor: number): string {
  return `shapesense-${jarSize}-${Math.floor(jarMtimeMs)}-java${javaMajor}.jsa`;
}

/**
 * JVM arguments of the run that writes the archive: `server --self-test`, one editor session
 * against the server in its own process, so the archive holds what a server session loads
 * (JSON-RPC, the parser, the interpreter, the layers), dumped at exit.
 */
export function archiveArgs(jar: string, temporary: string): string[] {
  return [...JVM_LOG, ...GC, `-XX:ArchiveClassesAtExit=${temporary}`, "-jar", jar, "server", "--self-test"];
}

/**
 * Writes the class-data-sharing archive {@code archive} with one short run of the jar. The JVM
 * writes under a temporary name, renamed only after a clean exit: a truncated archive would crash
 * the next JVM that maps it. Resolves true when the archive exists afterwards; never rejects.
 */
export function makeArchive(java: string, jar: string, archive: string): Promise<boolean> {
  const dir = path.dirname(archive);
  const temporary = `${archive}.${process.pid}.tmp`;
  return new Promise((resolve) => {
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch {
      resolve(false);
      return;
    }
    execFile(java, archiveArgs(jar, temporary), { cwd: dir, timeout: 120000 }, (err) => {
      const status = err ? (typeof err.code === "number" ? err.code : -1) : 0;
      try {
        if (status === 0 && fs.statSync(temporary).size > 0) {
          fs.renameSync(temporary, archive);
          resolve(true);
          return;
        }
      } catch {
        // No archive was written: the server runs without one.
      }
      fs.rmSync(temporary, { force: true });
      resolve(false);
    });
  });
}

/**
 * Arguments of the model summary: `trace --stats --class NAME FILE`, the torchinfo-grade table
 * (the file's siblings resolve too).
 */
export function traceArgs(jar: string, className: string, file: string): string[] {
  return ["-jar", jar, "trace", "--stats", "--class", className, file];
}

export interface TraceResult {
  /** The table as `shapesense trace` prints it. */
  table: string;
  /** True when the trace found a shape error (exit status 1). */
  hasErrors: boolean;
}

/** Runs `java trace` and answers its table; rejects with the tool's own message on bad usage. */
export function runTrace(java: string, jar: string, className: string, file: string): Promise<TraceResult> {
  return new Promise((resolve, reject) => {
    execFile(java, traceArgs(jar, className, file), { timeout: 120000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const status = err ? (typeof err.code === "number" ? err.code : -1) : 0;
      if (status === 0 || status === 1) {
        resolve({ table: stdout, hasErrors: status === 1 });
      } else {
        reject(new Error(stderr.trim() || err?.message || `trace exited with status ${status}`));
      }
    });
  });
}
