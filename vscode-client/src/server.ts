import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * How the extension runs the server jar: which jar, and the JVM's command line. Pure argument
 * building plus the archive writer, so the commands are unit-testable without VS Code.
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
 * as long. A stale or unusable archive is ignored by the JVM. The user's `jvmArgs`
 * (`shapesense.server.jvmArgs`) come after ours, so where both set an option, the user's wins.
 */
export function serverArgs(jar: string, archive?: string, jvmArgs: readonly string[] = []): string[] {
  const cds = archive ? [`-XX:SharedArchiveFile=${archive}`] : [];
  return [...JVM_LOG, ...JIT, ...GC, ...cds, ...jvmArgs, "-jar", jar, "server"];
}

/** The jar to run, or why there is none: `shapesense.server.path` when set, else the bundled one. */
export function serverJar(
  setting: unknown,
  bundled: string,
  isFile: (p: string) => boolean,
): { jar: string; custom: boolean } | { error: string } {
  if (typeof setting !== "string" || setting.trim() === "") {
    return { jar: bundled, custom: false };
  }
  const jar = setting.trim();
  if (!path.isAbsolute(jar)) {
    return { error: `shapesense.server.path must be an absolute path to a jar; it is ${JSON.stringify(jar)}.` };
  }
  if (!isFile(jar)) {
    return { error: `shapesense.server.path names no file: ${jar}` };
  }
  return { jar, custom: true };
}

/** The JVM options of `shapesense.server.jvmArgs`: a list of strings; anything else is ignored. */
export function jvmArgs(setting: unknown): string[] {
  return Array.isArray(setting) ? setting.filter((a): a is string => typeof a === "string" && a.trim() !== "").map((a) => a.trim()) : [];
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
