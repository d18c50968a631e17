import * as path from "node:path";

/**
 * How the extension runs the server jar: which jar, and the JVM's command line. Pure argument
 * building, so the commands are unit-testable without VS Code.
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
 * The server's JVM options: the lines of `jvm.options` (a java argument file, `#` comments), the
 * one list every way of starting the server uses (the `shapesense` launcher, this extension, the
 * IntelliJ plugin and template). The extension carries a copy beside its jar
 * (`scripts/copy-server.mjs`).
 */
export function parseJvmOptions(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/** Where the class-data-sharing archive lies, and whether it exists yet. */
export interface Archive {
  path: string;
  exists: boolean;
}

/**
 * JVM arguments of the language server; the client appends `--stdio` and `--clientProcessId`.
 * `options` are the server's own ({@link parseJvmOptions}). The archive is mapped when it exists
 * (`-XX:SharedArchiveFile`: the JVM maps the classes instead of loading them, and start-up to
 * the first diagnostics takes about half as long) and named in any case
 * (`-Dshapesense.archive`): the server writes it when it is missing or stale, for the next start.
 * The user's `jvmArgs` (`shapesense.server.jvmArgs`) come after ours, so where both set an option,
 * the user's wins.
 */
export function serverArgs(jar: string, options: readonly string[], archive?: Archive, jvmArgs: readonly string[] = []): string[] {
  const cds = archive ? [...(archive.exists ? [`-XX:SharedArchiveFile=${archive.path}`] : []), `-Dshapesense.archive=${archive.path}`] : [];
  return [...options, ...cds, ...jvmArgs, "-jar", jar, "server"];
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

/** The key of `capabilities.experimental` by which the client says it handles `shapesense/status`. */
export const STATUS_CAPABILITY = "shapesense/status";

/**
 * Adds `"shapesense/status": true` to the client's experimental capabilities: the server sends
 * the notification only to clients that say they handle it.
 */
export function withStatusCapability(experimental: unknown): Record<string, unknown> {
  const base = typeof experimental === "object" && experimental !== null && !Array.isArray(experimental) ? (experimental as Record<string, unknown>) : {};
  return { ...base, [STATUS_CAPABILITY]: true };
}
