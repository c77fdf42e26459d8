// Parses Mermaid diagrams with mermaid's own parser, headless (jsdom supplies the DOM
// mermaid expects). Run as `node --input-type=module -e "$(cat mermaid_parse.mjs)"` in a folder
// whose node_modules has mermaid and jsdom, with MERMAID_FILES naming one diagram file a line.
// Exit 0 when every diagram parses; otherwise the first error on stderr, exit 1.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
globalThis.window = dom.window;
globalThis.document = dom.window.document;
for (const key of ["DOMParser", "Element", "HTMLElement", "SVGElement", "Node", "navigator"]) {
  if (!(key in globalThis)) globalThis[key] = dom.window[key];
}
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });
let failed = 0;
for (const file of (process.env.MERMAID_FILES ?? "").split("\n").filter(Boolean)) {
  const text = readFileSync(file, "utf8");
  try {
    const result = await mermaid.parse(text);
    if (result.diagramType !== "er") throw new Error(`not an erDiagram: ${result.diagramType}`);
  } catch (error) {
    console.error(`${file}: ${error.message ?? error}`);
    failed += 1;
  }
}
process.exit(failed ? 1 : 0);
