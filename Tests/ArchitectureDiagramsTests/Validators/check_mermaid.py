"""Renders Mermaid sources with the vendored mermaid.min.js in headless Debian chromium (Selenium):
`mermaid.render` per source inside try/catch, as a page would.

Usage: python3 check_mermaid.py MERMAID.js FILE... ; prints per file `OK FILE svg=BYTES` or
`FAIL FILE: the error`, exits 1 when any file fails. One browser renders every file.
"""
import json
import os
import sys

# The same offline browser set-up as the AsyncAPI check (explicit chromium and chromedriver paths).
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../../ArchitectureDocsTests/Validators"))
from check_asyncapi import browser  # noqa: E402

RENDER = """
const [source, id, done] = arguments;
(async () => {
    try {
        const {svg} = await mermaid.render(id, source);
        // Parsed as HTML, as a page holds it: labels are HTML inside foreignObject, not strict XML.
        const holder = document.createElement('div');
        holder.innerHTML = svg;
        const root = holder.firstElementChild;
        if (!root || root.nodeName.toLowerCase() !== 'svg') { done({ok: false, error: 'not an SVG: ' + (root && root.nodeName)}); return; }
        // Mermaid draws some failures as an SVG instead of throwing.
        if (svg.includes('Syntax error in text') || root.getAttribute('aria-roledescription') === 'error') {
            done({ok: false, error: 'mermaid drew its error diagram'}); return;
        }
        root.querySelectorAll('style').forEach((style) => style.remove());
        done({ok: true, bytes: svg.length, text: root.textContent});
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
                print(f"OK {path} svg={result['bytes']} text={json.dumps(result['text'][:20000])}")
            else:
                failed = True
                print(f"FAIL {path}: {result.get('error')}")
    finally:
        driver.quit()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
