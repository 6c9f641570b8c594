"""Renders Mermaid sources with the vendored mermaid.min.js in headless Debian chromium (Selenium):
`mermaid.render` per source inside try/catch, as a page would.

Each source is drawn twice: by `mermaid.render` (a script) and by `mermaid.run` on a
`<pre class="mermaid">` (markup), which pre-processes entity codes differently.

Usage: python3 check_mermaid.py MERMAID.js FILE... ; prints per file `OK FILE svg=BYTES` followed by
`TEXT FILE "json"` and `RUNTEXT FILE "json"` (the SVG text of each way), or `FAIL FILE: the error`;
exits 1 when any file fails. One browser renders every file.
"""
import json
import os
import sys

# The same offline browser set-up as the AsyncAPI check (explicit chromium and chromedriver paths).
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../../ArchitectureGeneratorsTests/Validators"))
from check_asyncapi import browser  # noqa: E402

RENDER = """
const [source, id, done] = arguments;
// What a page shows: the SVG's text without its stylesheet, or why there is no SVG.
function inspect(root) {
    if (!root || root.nodeName.toLowerCase() !== 'svg') return {error: 'not an SVG: ' + (root && root.nodeName)};
    // Mermaid draws some failures as an SVG instead of throwing.
    if (root.getAttribute('aria-roledescription') === 'error' || root.textContent.includes('Syntax error in text')) {
        return {error: 'mermaid drew its error diagram'};
    }
    root.querySelectorAll('style').forEach((style) => style.remove());
    return {bytes: root.outerHTML.length, text: root.textContent};
}
(async () => {
    try {
        // 1. mermaid.render, as a script embedding diagrams calls it.
        const {svg} = await mermaid.render(id, source);
        // Parsed as HTML, as a page holds it: labels are HTML inside foreignObject, not strict XML.
        const holder = document.createElement('div');
        holder.innerHTML = svg;
        const rendered = inspect(holder.firstElementChild);
        if (rendered.error) { done({ok: false, error: 'render: ' + rendered.error}); return; }
        // 2. mermaid.run on <pre class="mermaid">, as a page with the diagram in its markup does.
        const pre = document.createElement('pre');
        pre.className = 'mermaid';
        pre.textContent = source;
        document.body.appendChild(pre);
        await mermaid.run({nodes: [pre], suppressErrors: false});
        const ran = inspect(pre.querySelector('svg'));
        pre.remove();
        if (ran.error) { done({ok: false, error: 'run: ' + ran.error}); return; }
        done({ok: true, bytes: rendered.bytes, text: rendered.text, runText: ran.text});
    } catch (error) {
        done({ok: false, error: String(error && error.message || error)});
    }
})();
"""


def main(script_path, paths):
    with open(script_path, encoding="utf-8") as file:
        script = file.read()
    driver = browser()
    failed = False
    try:
        driver.set_script_timeout(60)
        driver.get("about:blank")
        # As a page's <script> would: the bundle declares its globals at the top level.
        driver.execute_script(
            "const s = document.createElement('script'); s.text = arguments[0]; document.head.appendChild(s);", script
        )
        driver.execute_script("mermaid.initialize({startOnLoad: false, securityLevel: 'strict'});")
        for number, path in enumerate(paths):
            with open(path, encoding="utf-8") as file:
                source = file.read()
            result = driver.execute_async_script(RENDER, source, f"diagram{number}")
            if result.get("ok"):
                # Both texts as JSON on one line each, for the caller to compare with the labels.
                print(f"OK {path} svg={result['bytes']}")
                print(f"TEXT {path} {json.dumps(result['text'])}")
                print(f"RUNTEXT {path} {json.dumps(result['runText'])}")
            else:
                failed = True
                print(f"FAIL {path}: {result.get('error')}")
    finally:
        driver.quit()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
