import type { ModelGraph } from "../graph";

/** Messages from the extension to the Model view's webview. */
export type ToView =
  | { type: "graph"; file: string; graph: ModelGraph }
  | { type: "message"; file: string; text: string };

/** Messages from the webview to the extension. */
export type FromView =
  | { type: "ready" }
  /** Reveal a node's position: in `uri` (a block class in another file) or, when null, in the view's document. */
  | { type: "reveal"; uri: string | null; line: number; character: number };
