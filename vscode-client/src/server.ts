import { execFile } from "node:child_process";

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

/** JVM arguments of the language server; the client appends `--stdio` and `--clientProcessId`. */
export function serverArgs(jar: string): string[] {
  return ["-jar", jar, "server"];
}

/** Arguments of the model summary: `trace --class NAME FILE` (the file's siblings resolve too). */
export function traceArgs(jar: string, className: string, file: string): string[] {
  return ["-jar", jar, "trace", "--class", className, file];
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
