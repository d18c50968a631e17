/** What the status-bar item shows: the server's state and the workspace's shape errors. */
export type ServerState = "starting" | "running" | "stopped" | "failed";

export interface StatusView {
  text: string;
  tooltip: string;
  /** True when the item should draw attention (errors, or a server that is not running). */
  warning: boolean;
}

export function statusView(state: ServerState, shapeErrors: number): StatusView {
  switch (state) {
    case "starting":
      return { text: "$(sync~spin) ShapeSense", tooltip: "ShapeSense: starting the server…", warning: false };
    case "stopped":
      return { text: "$(debug-stop) ShapeSense", tooltip: "ShapeSense: the server is stopped. Click to restart it.", warning: true };
    case "failed":
      return { text: "$(error) ShapeSense", tooltip: "ShapeSense: the server could not start. Click to see its log.", warning: true };
    case "running":
      if (shapeErrors === 0) {
        return { text: "$(check) ShapeSense", tooltip: "ShapeSense: no shape errors in the workspace", warning: false };
      }
      return {
        text: `$(error) ShapeSense: ${shapeErrors}`,
        tooltip: `ShapeSense: ${shapeErrors} shape ${shapeErrors === 1 ? "error" : "errors"} in the workspace`,
        warning: true,
      };
  }
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
