#!/usr/bin/env python3
"""Checks exported Dossier HTML reports as a reader's browser sees them.

For each page: html5lib parses it in strict mode (any parse error fails); headless Chromium loads
it from a file:// URL with the network off and must report no console message of level error, no
script exception and no request but the page itself; a focused fact quote must show its tooltip
(CSS only); a full-page screenshot is saved; and Chromium's --print-to-pdf output must have a page
count within the bounds given.

usage: check-report.py OUT_DIR MIN_PAGES MAX_PAGES PAGE.html...
Prints one line per page; exits 1 if any check fails.
"""
import base64, json, os, re, subprocess, sys, tempfile, time

import html5lib
import pypdf
import websocket

CHROMIUM = os.environ.get("CHROMIUM", "chromium")
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
         "--disable-extensions", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--metrics-recording-only", "--host-resolver-rules=MAP * ~NOTFOUND"]


def validate(path):
    """html5lib strict: the first parse error raises."""
    with open(path, "rb") as f:
        html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(f.read())


class Browser:
    """One headless Chromium, driven over the DevTools protocol."""

    def __init__(self, profile):
        self.proc = subprocess.Popen([CHROMIUM, *FLAGS, "--remote-debugging-port=0", f"--user-data-dir={profile}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 60
        url = None
        while time.time() < deadline:
            line = self.proc.stderr.readline()
            m = re.search(r"DevTools listening on (ws://\S+)", line)
            if m:
                url = m.group(1)
                break
            if not line and self.proc.poll() is not None:
                break
        if not url:
            raise RuntimeError("chromium did not start its DevTools endpoint")
        self.ws = websocket.create_connection(url, timeout=60, suppress_origin=True)
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.ws.send(json.dumps(message))
        self.ws.settimeout(120)  # a full-page screenshot of a long page takes a while on a busy machine
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, event, seconds=30):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if any(e.get("method") == event for e in self.events):
                return
            self.ws.settimeout(max(0.1, deadline - time.time()))
            self.events.append(json.loads(self.ws.recv()))
        raise RuntimeError(f"no {event} within {seconds} s")

    def drain(self, seconds):
        """Collects events for a while (late requests, console messages)."""
        deadline = time.time() + seconds
        while time.time() < deadline:
            self.ws.settimeout(max(0.05, deadline - time.time()))
            try:
                self.events.append(json.loads(self.ws.recv()))
            except websocket.WebSocketTimeoutException:
                break

    def close(self):
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            self.proc.wait(timeout=30)


def load(browser, path, screenshot):
    """Loads the page offline; returns a list of problems."""
    url = "file://" + os.path.abspath(path)
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Runtime", "Log", "Network", "Page"):
        browser.send(f"{domain}.enable", session=session)
    browser.send("Network.emulateNetworkConditions", {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}, session=session)
    browser.send("Emulation.setDeviceMetricsOverride", {"width": 1000, "height": 800, "deviceScaleFactor": 1, "mobile": False}, session=session)
    browser.events.clear()
    browser.send("Page.navigate", {"url": url}, session=session)
    browser.wait_for("Page.loadEventFired")
    browser.drain(0.5)
    problems = []
    for e in browser.events:
        method, params = e.get("method"), e.get("params", {})
        if method == "Network.requestWillBeSent" and params["request"]["url"] != url:
            problems.append(f"requested {params['request']['url']}")
        elif method == "Network.loadingFailed":
            problems.append(f"failed request: {params.get('errorText')}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            problems.append(f"console {params['type']}: {params.get('args')}")
        elif method == "Runtime.exceptionThrown":
            problems.append(f"exception: {params.get('exceptionDetails', {}).get('text')}")
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            problems.append(f"console error: {params['entry'].get('text')} {params['entry'].get('url', '')}")
    # The tooltip is CSS only: focusing a quote shows it. (The test, not the page, runs this script.)
    shown = browser.send("Runtime.evaluate", {"expression": """(() => {
        const mark = document.querySelector('mark.fact[id^="quote-"]');
        if (!mark) return 'no fact quote';
        mark.focus();
        const tip = document.getElementById('tip-' + mark.id.slice(6));
        return getComputedStyle(tip).display;
    })()""", "returnByValue": True}, session=session)["result"].get("value")
    if shown != "block":
        problems.append(f"a focused fact quote's tooltip is not shown ({shown})")
    browser.send("Runtime.evaluate", {"expression": "document.activeElement.blur()"}, session=session)
    size = browser.send("Page.getLayoutMetrics", session=session)["cssContentSize"]
    shot = browser.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                   "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}}, session=session)
    with open(screenshot, "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    browser.send("Target.closeTarget", {"targetId": target})
    return problems


def pdf_pages(path, pdf, profile):
    """Chromium's own --print-to-pdf, then the page count."""
    subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                    "file://" + os.path.abspath(path)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return len(pypdf.PdfReader(pdf).pages)


def main():
    out, low, high, pages = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
    os.makedirs(out, exist_ok=True)
    failed = False
    # Chromium may still be writing its profile as it exits: a leftover file is no failure of the page.
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        browser = Browser(profile)
        try:
            for page in pages:
                name = os.path.splitext(os.path.basename(page))[0]
                problems = []
                try:
                    validate(page)
                except Exception as error:  # html5lib's ParseError names the position
                    problems.append(f"invalid HTML: {error}")
                problems += load(browser, page, os.path.join(out, name + ".png"))
                count = pdf_pages(page, os.path.join(out, name + ".pdf"), profile + "-print")
                if not low <= count <= high:
                    problems.append(f"the PDF has {count} pages, not {low} to {high}")
                print(f"{page}: {'ok' if not problems else 'FAILED'}; PDF {count} pages; screenshot {os.path.join(out, name + '.png')}")
                for p in problems:
                    print("  " + p)
                failed = failed or bool(problems)
        finally:
            browser.close()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
