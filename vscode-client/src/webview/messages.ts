import type { ModelGraph } from "../graph";

/** Messages from the extension to the Model view's webview. */
export type ToView =
  | { type: "graph"; file: string; graph: ModelGraph }
  | { type: "message"; file: string; text: string };

/** Messages from the webview to the extension. */
export type FromView = { type: "ready" } | { type: "reveal"; line: number; character: number };
