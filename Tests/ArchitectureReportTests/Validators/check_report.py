"""Checks architect's HTML reports in headless Debian chromium through Selenium, and its SVG charts
with Python's XML parser.

Usage: python3 check_report.py SECTIONS SCREENSHOT FILE...
  SECTIONS    comma-separated ids every page must contain
  SCREENSHOT  where to save a screenshot of the first page
For each .html file: no SEVERE console message, Mermaid finished, every diagram rendered to an SVG that
is not Mermaid's error diagram, every section present, no duplicate id. For each .svg file: well-formed
SVG. Prints OK or FAIL with the reasons per file; exits 1 when any file fails. One browser serves all.
"""
import json
import os
import shutil
import sys
import time
import xml.etree.ElementTree as ElementTree

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

INSPECT = """
const diagrams = Array.from(document.querySelectorAll('figure.diagram')).map(figure => {
  const svg = figure.querySelector('svg');
  return {
    id: figure.id,
    svg: !!svg,
    error: !!svg && (svg.getAttribute('aria-roledescription') === 'error'
      || figure.textContent.includes('Syntax error')),
  };
});
const ids = Array.from(document.querySelectorAll('[id]')).map(e => e.id);
return {
  state: document.body.getAttribute('data-diagrams'),
  diagrams: diagrams,
  sections: Array.from(document.querySelectorAll('section.report-section')).map(s => s.id),
  duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
  charts: document.querySelectorAll('svg.chart').length,
};
"""


def browser():
    # Explicit paths keep Selenium Manager from reaching for the network.
    os.environ["SE_AVOID_STATS"] = "true"
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1800"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def check_page(driver, path, sections):
    driver.get("file://" + os.path.abspath(path))
    deadline = time.time() + 90
    page = driver.execute_script(INSPECT)
    while page["diagrams"] and not page["state"] and time.time() < deadline:
        time.sleep(0.25)
        page = driver.execute_script(INSPECT)
    problems = []
    severe = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    problems += ["console: " + message for message in severe]
    if page["diagrams"] and page["state"] != "done":
        problems.append("mermaid did not finish: %s" % page["state"])
    for diagram in page["diagrams"]:
        if not diagram["svg"]:
            problems.append("diagram %s has no SVG" % diagram["id"])
        elif diagram["error"]:
            problems.append("diagram %s rendered Mermaid's error diagram" % diagram["id"])
    missing = [section for section in sections if section not in page["sections"]]
    if missing:
        problems.append("missing sections: " + ", ".join(missing))
    if page["duplicates"]:
        problems.append("duplicate ids: " + ", ".join(sorted(set(page["duplicates"]))))
    summary = "diagrams=%d charts=%d" % (len(page["diagrams"]), page["charts"])
    return problems, summary


def check_svg(path):
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        return ["not well-formed XML: %s" % error], ""
    if root.tag != "{http://www.w3.org/2000/svg}svg":
        return ["root element is %s, not an SVG svg" % root.tag], ""
    return [], "svg"


def main(sections, screenshot, paths):
    failed = False
    driver = None
    shot = False
    try:
        for path in paths:
            if path.endswith(".svg"):
                problems, summary = check_svg(path)
            else:
                driver = driver or browser()
                problems, summary = check_page(driver, path, sections)
                if not shot:
                    os.makedirs(os.path.dirname(os.path.abspath(screenshot)), exist_ok=True)
                    driver.save_screenshot(screenshot)
                    shot = True
            if problems:
                failed = True
                print("FAIL %s: %s" % (path, json.dumps(problems)))
            else:
                print("OK %s %s" % (path, summary))
    finally:
        if driver:
            driver.quit()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1].split(","), sys.argv[2], sys.argv[3:]))
