/** What the status-bar item shows: the server's state, running analyses, versions, shape errors. */
export type ServerState = "starting" | "running" | "stopped" | "failed";

export interface StatusView {
  text: string;
  tooltip: string;
  /** True when the item should draw attention (errors, or a server that is not running). */
  warning: boolean;
}

/** What the server has said in `shapesense/status`: the files it analyses now, its versions. */
export interface ServerInfo {
  /** File names (not URIs) under analysis now, in the order they started. */
  analyzing: string[];
  serverVersion?: string;
  javaVersion?: string;
}

const NO_INFO: ServerInfo = { analyzing: [] };

function versions(info: ServerInfo): string {
  const parts: string[] = [];
  if (info.serverVersion) {
    parts.push(`server ${info.serverVersion}`);
  }
  if (info.javaVersion) {
    parts.push(`Java ${info.javaVersion}`);
  }
  return parts.length > 0 ? `\nShapeSense ${parts.join(" on ")}` : "";
}

export function statusView(state: ServerState, shapeErrors: number, info: ServerInfo = NO_INFO): StatusView {
  switch (state) {
    case "starting":
      return { text: "$(sync~spin) ShapeSense", tooltip: "ShapeSense: starting the server…", warning: false };
    case "stopped":
      return { text: "$(debug-stop) ShapeSense", tooltip: "ShapeSense: the server is stopped. Click to start it.", warning: true };
    case "failed":
      return { text: "$(error) ShapeSense", tooltip: "ShapeSense: the server could not start. Click to see its log.", warning: true };
    case "running": {
      const count = shapeErrors === 0 ? "" : `: ${shapeErrors}`;
      const errors =
        shapeErrors === 0 ? "no shape errors in the workspace" : `${shapeErrors} shape ${shapeErrors === 1 ? "error" : "errors"} in the workspace`;
      if (info.analyzing.length > 0) {
        return {
          text: `$(sync~spin) ShapeSense${count}`,
          tooltip: `ShapeSense: analyzing ${info.analyzing.join(", ")}…\n${errors[0].toUpperCase()}${errors.slice(1)}${versions(info)}`,
          warning: false,
        };
      }
      return {
        text: shapeErrors === 0 ? "$(check) ShapeSense" : `$(error) ShapeSense${count}`,
        tooltip: `ShapeSense: ${errors}${versions(info)}`,
        warning: shapeErrors > 0,
      };
    }
  }
}

/** A `shapesense/status` notification. */
export interface StatusParams {
  uri: string;
  state: "analyzing" | "idle";
  serverVersion?: string;
  javaVersion?: string;
}

/** Follows `shapesense/status` notifications: which files are under analysis, the versions. */
export class AnalysisTracker {
  private readonly running = new Map<string, string>();
  private serverVersion?: string;
  private javaVersion?: string;

  /** Applies one notification; answers true when what the status item shows may have changed. */
  update(p: StatusParams): boolean {
    const before = JSON.stringify(this.info());
    if (p.serverVersion) {
      this.serverVersion = p.serverVersion;
    }
    if (p.javaVersion) {
      this.javaVersion = p.javaVersion;
    }
    if (p.state === "analyzing") {
      this.running.set(p.uri, fileName(p.uri));
    } else {
      this.running.delete(p.uri);
    }
    return JSON.stringify(this.info()) !== before;
  }

  /** Forgets running analyses (the server stopped); the versions stay until a new server says others. */
  reset(): void {
    this.running.clear();
  }

  info(): ServerInfo {
    return { analyzing: [...this.running.values()], serverVersion: this.serverVersion, javaVersion: this.javaVersion };
  }
}

/** `file:///w/models/Net.java` -> `Net.java`. */
export function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, "");
  return decodeURIComponent(path.slice(path.lastIndexOf("/") + 1));
}

/** The minimal view of a diagnostic that counting needs (VS Code's Error severity is 0). */
export interface DiagnosticLike {
  source?: string;
  severity: number;
}

/** Counts ShapeSense's error-severity diagnostics over all files. */
export function countShapeErrors(perFile: ReadonlyArray<readonly [unknown, readonly DiagnosticLike[]]>): number {
  let n = 0;
  for (const [, diags] of perFile) {
    for (const d of diags) {
      if (d.source === "shapesense" && d.severity === 0) {
        n++;
      }
    }
  }
  return n;
}
