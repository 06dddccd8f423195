#!/usr/bin/env python3
"""How fast a review page becomes usable in headless Chromium.

Loads each page N times (in rounds, every page once a round), each in a fresh tab of one browser driven over its DevTools
protocol (--remote-debugging-pipe, as the browser tests do), and prints the medians of:
  interactive  navigation timing's domInteractive: the HTML is parsed
  ready        the page's own data-ready-ms: its script is done (filters, marks, keys work)
  load         navigation timing's loadEventEnd
with the machine's load average before and after, since the figures move with it.

--control writes, beside each page, a page of the same byte size that is only hidden text
in paragraphs and has no style or script, and measures it too: what the machine takes for that many
bytes of HTML, to set the page's own cost apart from a busy machine's.

Usage: Benchmarks/page-ready.py [-n 7] [--control] PAGE.html [PAGE.html ...]
Standard library only; needs /usr/bin/chromium.
"""
import argparse
import fcntl
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import tempfile
import time

CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.access(p, os.X_OK)), None)


class Browser:
    """One headless Chromium spoken to over a pair of pipes, flat sessions."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="page-ready-")
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()
        # Above fd 4, so that placing one end on 3 or 4 cannot close the other.
        low = (to_browser_r, from_browser_w)
        to_browser_r, from_browser_w = (fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in low)
        for fd in low:
            os.close(fd)
        # The browser reads commands on fd 3 and writes replies and events on fd 4.
        def arrange():
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)
        self.process = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--remote-debugging-pipe", "--window-size=1440,900", "--user-data-dir=" + self.profile, "about:blank"],
            preexec_fn=arrange, pass_fds=(3, 4, to_browser_r, from_browser_w),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(method + ": " + reply["error"]["message"])
                return reply.get("result", {})
            self.events.append(reply)

    def receive(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("the browser closed its pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, method, session):
        for index, event in enumerate(self.events):
            if event.get("method") == method and event.get("sessionId") == session:
                return self.events.pop(index)
        while True:
            event = self.receive()
            if event.get("method") == method and event.get("sessionId") == session:
                return event
            self.events.append(event)

    def close(self):
        try:
            self.send("Browser.close")
        except RuntimeError:
            pass
        self.process.wait(timeout=120)  # a hang guard, not a speed limit
        shutil.rmtree(self.profile, ignore_errors=True)


MEASURE = """new Promise(function (resolve) {
  function done() {
    var n = performance.getEntriesByType('navigation')[0];
    if (!n || n.loadEventEnd === 0) { return setTimeout(done, 20); }
    var ready = document.documentElement.getAttribute('data-ready-ms');
    // A page whose script failed never says it is ready: given up on 10 s after its load.
    if (document.scripts.length && ready === null && performance.now() < n.loadEventEnd + 10000) { return setTimeout(done, 20); }
    resolve(JSON.stringify({ interactive: n.domInteractive, ready: ready === null ? null : Number(ready), load: n.loadEventEnd }));
  }
  done();
})"""


def measure(browser, url):
    """Opens url in a fresh tab and returns its timings in milliseconds."""
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    browser.send("Page.enable", session=session)
    browser.send("Page.navigate", {"url": url}, session=session)
    browser.wait_for("Page.loadEventFired", session)
    result = browser.send("Runtime.evaluate", {"expression": MEASURE, "awaitPromise": True, "returnByValue": True}, session=session)
    browser.send("Target.closeTarget", {"targetId": target})
    return json.loads(result["result"]["value"])


def control_page(page):
    """A page as long as `page` in bytes, of hidden text paragraphs only: what reading that many
    bytes of HTML into a document costs on this machine now, with no style, layout or script."""
    size = page.stat().st_size
    head = '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>control</title></head><body><div hidden>\n'
    line = "<p>" + "国内生产总值增长百分之五左右，城镇新增就业一千二百万人以上。" * 3 + "</p>\n"
    tail = "</div></body></html>\n"
    count = (size - len(head.encode()) - len(tail.encode())) // len(line.encode())
    text = head + line * count
    text += " " * (size - len(text.encode()) - len(tail.encode())) + tail
    out = page.with_name(page.stem + ".control.html")
    out.write_text(text, encoding="utf-8")
    return out


def report(page, samples, loads):
    def median(key):
        values = [s[key] for s in samples if s[key] is not None]
        return "%6.0f" % statistics.median(values) if values else "     -"
    print("%-44s %9d B  interactive %s  ready %s  load %s ms  (n=%d, load avg %.1f–%.1f)" % (
        str(page)[-44:], page.stat().st_size, median("interactive"), median("ready"), median("load"),
        len(samples), min(loads), max(loads)), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=7, help="loads per page (default 7)")
    parser.add_argument("--control", action="store_true", help="also measure a text-only page of the same size")
    parser.add_argument("pages", nargs="+", type=pathlib.Path)
    arguments = parser.parse_args()
    if CHROMIUM is None:
        raise SystemExit("no Chromium at /usr/bin/chromium")
    pages = list(arguments.pages)
    if arguments.control:
        pages += [control_page(page) for page in arguments.pages]
    browser = Browser()
    try:
        # Round by round, every page once per round, so that all meet the same machine load.
        urls = [page.resolve().as_uri() for page in pages]
        for url in urls:
            measure(browser, url)  # the first load of a page in a browser is slower: left out
        samples = {url: [] for url in urls}
        loads = [os.getloadavg()[0]]
        for _ in range(arguments.n):
            for url in urls:
                samples[url].append(measure(browser, url))
            loads.append(os.getloadavg()[0])
        for page, url in zip(pages, urls):
            report(page, samples[url], loads)
    finally:
        browser.close()
        if arguments.control:
            for page in pages[len(arguments.pages):]:
                page.unlink()


if __name__ == "__main__":
    main()
