// Bundles the extension and vscode-languageclient into one file, so the .vsix ships no node_modules;
// and the Model view's webview script with elkjs into another, for the browser (no CDN: the
// webview's content security policy loads scripts from the extension only).
import * as esbuild from "esbuild";

await esbuild.build({
  entryPoints: ["src/extension.ts"],
  bundle: true,
  outfile: "dist/extension.js",
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["vscode"],
  minify: true,
  sourcemap: false,
  logLevel: "warning",
});

await esbuild.build({
  entryPoints: ["src/webview/modelView.ts"],
  bundle: true,
  outfile: "dist/modelView.js",
  platform: "browser",
  format: "iife",
  target: "chrome120",
  minify: true,
  sourcemap: false,
  logLevel: "warning",
});
