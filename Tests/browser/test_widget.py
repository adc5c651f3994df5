#!/usr/bin/env python3
"""Drives the chat widget in headless Chromium against a running BotServer.

Usage: test_widget.py --base http://127.0.0.1:PORT --data-dir DIR [--artifacts artifacts/browser]
                      [--embed-port PORT] [--docs docs]
The questions come from the catalogue (its most common in-stock category), never from a fixed list,
so the same test holds for any shop. Prints one line per check and a closing "N passed, M failed".
"""
import argparse
import collections
import http.server
import json
import os
import subprocess
import sys
import threading
import time
import traceback
import urllib.error
import urllib.request


def ensure_selenium():
    try:
        import selenium  # noqa: F401
        return
    except ImportError:
        pass
    base = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
            "--no-warn-script-location", "selenium"]
    print("browser test: installing selenium", flush=True)
    # Debian's system Python refuses plain installs (PEP 668); a user install is the polite fallback.
    for extra in ([], ["--user"], ["--user", "--break-system-packages"]):
        attempt = subprocess.run(base + extra, capture_output=True, text=True)
        if attempt.returncode == 0:
            import site
            import importlib
            if extra:
                sys.path.append(site.getusersitepackages())
            importlib.invalidate_caches()
            return
    sys.exit("browser test: cannot install selenium:\n" + attempt.stderr[-2000:])


ensure_selenium()
from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

DESKTOP = {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False}
PHONE = {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True}
ANSWER_TIMEOUT = 20


def tr_lower(text):
    return text.replace("I", "ı").replace("İ", "i").lower()


def tr_price(value):
    """46392.95 -> '46.392,95 TL', written independently of the widget."""
    whole, frac = f"{value:,.2f}".split(".")
    return whole.replace(",", ".") + "," + frac + " TL"


class Catalogue:
    def __init__(self, data_dir, business):
        with open(os.path.join(data_dir, "products", business + ".json"), encoding="utf-8") as f:
            self.products = {p["id"]: p for p in json.load(f)["products"]}
        counts = collections.Counter(p.get("category") for p in self.products.values()
                                     if p.get("category") and p["stock"] > 0)
        self.top_category = counts.most_common(1)[0][0]


# JavaScript helpers that look inside the widget's (open) shadow root.
JS_ROOT = "const r = document.querySelector('shopbot-widget'); const s = r && r.shadowRoot;"
JS_STATE = JS_ROOT + """
if (!s) return null;
const msgs = [...s.querySelectorAll('ol > li')].map(li => ({
  cls: li.className, text: li.querySelector('.t') ? [...li.querySelectorAll('.t')].map(t => t.textContent).join('\\n') : li.textContent,
  cards: [...li.querySelectorAll('.card')].map(c => ({
    id: c.dataset.id, price: c.querySelector('.pr').textContent, stock: c.querySelector('.st').textContent,
    no: c.querySelector('.no') ? c.querySelector('.no').textContent : '',
    name: c.querySelector('.nm').textContent.slice(c.querySelector('.no') ? c.querySelector('.no').textContent.length : 0), href: c.querySelector('a.nm') ? c.querySelector('a.nm').href : null}))}));
return {msgs, busy: s.querySelector('ol').getAttribute('aria-busy'), open: !s.querySelector('.panel').hidden,
        quick: [...s.querySelectorAll('.quick button')].filter(b => !s.querySelector('.quick').hidden).map(b => b.textContent),
        live: s.querySelector('ol').getAttribute('aria-live'),
        focused: s.activeElement ? (s.activeElement.className || s.activeElement.tagName) : null};
"""


class Browser:
    def __init__(self, metrics, artifacts):
        opts = webdriver.ChromeOptions()
        opts.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--no-first-run", "--disable-extensions", "--lang=tr-TR",
                    f"--window-size={metrics['width']},{metrics['height']}"):
            opts.add_argument(arg)
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
        self.driver = webdriver.Chrome(options=opts, service=service)
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
        if metrics["mobile"]:
            self.driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})
        self.driver.execute_cdp_cmd("Network.enable", {})
        self.artifacts = artifacts

    def quit(self):
        self.driver.quit()

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def state(self):
        return self.js(JS_STATE)

    def element(self, selector):
        return self.js(JS_ROOT + "return s.querySelector(arguments[0]);", selector)

    def open_page(self, url, fresh=True):
        self.driver.get(url)
        if fresh:
            self.js("localStorage.clear();")
            self.driver.get(url)
        WebDriverWait(self.driver, 10).until(lambda d: self.state() is not None)

    def open_widget(self):
        if not self.state()["open"]:
            self.element(".fab").click()
        WebDriverWait(self.driver, 5).until(lambda d: self.state()["open"])

    def bot_replies(self, st=None):
        st = st or self.state()
        return [m for m in st["msgs"] if m["cls"] in ("m b", "m e")]

    def ask(self, question, via_chip=None):
        """Sends a question (typed, or by clicking a quick reply) and waits for its answer or error."""
        before = len(self.bot_replies())
        if via_chip:
            chip = self.js(JS_ROOT + "return [...s.querySelectorAll('.quick button')].find(b => b.textContent === arguments[0]);", via_chip)
            assert chip is not None, f"no quick reply {via_chip!r}"
            chip.click()
        else:
            box = self.element("input")
            box.click()
            box.send_keys(question)
            box.send_keys(Keys.ENTER)
        try:
            WebDriverWait(self.driver, ANSWER_TIMEOUT).until(
                lambda d: (lambda st: st["busy"] is None and len(self.bot_replies(st)) > before)(self.state()))
        except TimeoutException:
            raise AssertionError(f"no answer to {question or via_chip!r} within {ANSWER_TIMEOUT}s")
        reply = self.bot_replies()[-1]
        assert reply["cls"] == "m b", f"error instead of an answer to {question!r}: {reply['text']}"
        return reply

    def screenshot(self, name):
        os.makedirs(self.artifacts, exist_ok=True)
        path = os.path.join(self.artifacts, name + ".png")
        self.driver.save_screenshot(path)
        return path

    def external_requests(self, base):
        urls = self.js("return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);")
        return [u for u in urls if not u.startswith(base)]

    def console_errors(self):
        return [e["message"] for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]


def check_cards(cards, catalogue):
    assert cards, "the answer shows no product cards"
    numbers = [c["no"] for c in cards if c["no"]]
    if numbers:  # the answer's numbered list became card numbers: they must read 1., 2., ... in order
        first = int(numbers[0].rstrip(". "))
        assert numbers == [f"{first + i}. " for i in range(len(cards))], f"card numbers {numbers}"
    for card in cards:
        product = catalogue.products.get(card["id"])
        assert product, f"card {card['id']} is not in this shop's catalogue"
        assert card["price"] == tr_price(product["price"]), f"{card['id']}: card says {card['price']}, catalogue {tr_price(product['price'])}"
        assert card["name"] == product["name"], f"{card['id']}: name {card['name']!r}"
        assert card["stock"] in ("Stokta", "Tükendi") or card["stock"].startswith("Son "), card["stock"]
        if product.get("url"):
            assert card["href"] == product["url"], f"{card['id']}: link {card['href']}"


def conversation(args, metrics, business, label, docs_name):
    """Search, take the offer, ask the price of the product in focus, reload, continue."""
    catalogue = Catalogue(args.data_dir, business)
    b = Browser(metrics, args.artifacts)
    try:
        url = f"{args.base}/demo/{business}"
        b.open_page(url)
        st = b.state()
        assert not st["open"], "the panel should start closed"
        assert st["live"] == "polite", "the message log must be an aria-live region"
        b.open_widget()
        assert b.state()["focused"] == "INPUT", "opening the panel should focus the message box"

        question = f"{tr_lower(catalogue.top_category)} bakıyorum"
        first = b.ask(question)
        check_cards(first["cards"], catalogue)
        quick = b.state()["quick"]
        assert quick == ["Evet", "Hayır"], f"a search with more matches should offer more, with quick replies (answer: {first['text']!r}, chips {quick})"
        shot = b.screenshot(f"{label}-cards")

        more = b.ask(None, via_chip="Evet")
        check_cards(more["cards"], catalogue)
        assert not {c["id"] for c in more["cards"]} & {c["id"] for c in first["cards"]}, "'Evet' should show the next products"

        focus = more["cards"][0]
        price_answer = b.ask("fiyatı ne kadar")
        assert focus["price"] in price_answer["text"], f"'fiyatı ne kadar' should give {focus['price']}: {price_answer['text']!r}"
        b.screenshot(f"{label}-price")
        session = b.js("return JSON.parse(localStorage.getItem('shopbot:' + arguments[0])).sid;", business)
        assert session, "the session id is kept in localStorage"
        transcript = [m["text"] for m in b.state()["msgs"]]

        # A page change keeps the conversation: same transcript, same session, and the server remembers the focus.
        b.open_page(url, fresh=False)
        st = b.state()
        assert st["open"], "the panel was open before the reload and should be again"
        assert [m["text"] for m in st["msgs"]] == transcript, "the transcript should survive a reload"
        again = b.ask("fiyatı ne kadar")
        assert focus["price"] in again["text"], f"after reload the bot should still know the product: {again['text']!r}"
        assert b.js("return JSON.parse(localStorage.getItem('shopbot:' + arguments[0])).sid;", business) == session
        b.screenshot(f"{label}-reloaded")

        if metrics["mobile"]:
            width = b.js(JS_ROOT + "return s.querySelector('.panel').getBoundingClientRect().width;")
            assert abs(width - metrics["width"]) < 1, f"on a phone the panel should fill the width, is {width}px"
            scroll_w = b.js("return document.documentElement.scrollWidth;")
            assert scroll_w <= metrics["width"], f"the page scrolls sideways ({scroll_w}px)"
        assert not b.external_requests(args.base), f"requests to other hosts: {b.external_requests(args.base)}"
        errors = b.console_errors()
        assert not errors, f"console errors: {errors}"
        if args.docs:
            os.makedirs(args.docs, exist_ok=True)
            # Back to the richest view (cards and quick replies) for the README picture.
            b.open_page(url, fresh=True)
            b.open_widget()
            b.ask(question)
            b.driver.save_screenshot(os.path.join(args.docs, docs_name))
        return shot
    finally:
        b.quit()


def keyboard_and_format(args):
    b = Browser(DESKTOP, args.artifacts)
    try:
        b.open_page(f"{args.base}/demo/moda-butik")
        formatted = b.js("return new Intl.NumberFormat('tr-TR', {minimumFractionDigits: 2, maximumFractionDigits: 2}).format(46392.95) + ' TL';")
        assert formatted == "46.392,95 TL", formatted
        # Reach the bubble with Tab from the page, open with Enter, close with Escape.
        b.js("document.activeElement && document.activeElement.blur(); document.body.focus();")
        for _ in range(40):
            b.driver.switch_to.active_element.send_keys(Keys.TAB)
            if b.js("return document.activeElement && document.activeElement.tagName === 'SHOPBOT-WIDGET' && document.activeElement.shadowRoot.activeElement.className === 'fab';"):
                break
        else:
            raise AssertionError("the chat bubble cannot be reached with Tab")
        b.driver.switch_to.active_element.send_keys(Keys.ENTER)
        WebDriverWait(b.driver, 5).until(lambda d: b.state()["open"])
        assert b.state()["focused"] == "INPUT", "Enter on the bubble should open the panel and focus the input"
        b.element("input").send_keys(Keys.ESCAPE)
        WebDriverWait(b.driver, 5).until(lambda d: not b.state()["open"])
        assert b.state()["focused"] == "fab", "Escape should return focus to the bubble"
        # A transcript from long ago is not continued.
        b.js("localStorage.setItem('shopbot:moda-butik', JSON.stringify({sid: 'x', msgs: [{r: 'u', t: 'eski soru'}], open: false, at: 1}));")
        b.open_page(f"{args.base}/demo/moda-butik", fresh=False)
        assert [m["text"] for m in b.state()["msgs"] if m["cls"] == "m u"] == [], "a stale transcript came back"
        # The shop's own CSS cannot reach inside, and the widget's cannot leak out.
        b.js("const st = document.createElement('style'); st.textContent = 'button, li, ol, input { display: none !important; color: red !important; } shopbot-widget { display: none !important; }'; document.head.appendChild(st);")
        visible = b.js(JS_ROOT + "const f = s.querySelector('.fab').getBoundingClientRect(); return r.getBoundingClientRect().width > 0 && f.width > 40;")
        assert visible, "a shop's aggressive CSS hid the widget"
    finally:
        b.quit()


def network_retry(args):
    b = Browser(DESKTOP, args.artifacts)
    try:
        b.open_page(f"{args.base}/demo/moda-butik")
        b.open_widget()
        b.driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                                 {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        box = b.element("input")
        box.send_keys("kargo ücreti ne kadar", Keys.ENTER)
        WebDriverWait(b.driver, 15).until(lambda d: any(m["cls"] == "m e" for m in b.state()["msgs"]))
        error = [m for m in b.state()["msgs"] if m["cls"] == "m e"][-1]
        assert "Bağlantı" in error["text"], error["text"]
        b.screenshot("desktop-offline")
        b.driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                                 {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        # A slow line: the typing indicator shows until the first words arrive.
        b.driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                                 {"offline": False, "latency": 700, "downloadThroughput": -1, "uploadThroughput": -1})
        before = len([m for m in b.state()["msgs"] if m["cls"] == "m b"])
        b.js(JS_ROOT + "[...s.querySelectorAll('li.e button')].pop().click();")
        WebDriverWait(b.driver, 2).until(lambda d: b.js(JS_ROOT + "return !s.querySelector('.typing').hidden;"))
        b.screenshot("desktop-typing")
        WebDriverWait(b.driver, ANSWER_TIMEOUT).until(
            lambda d: len([m for m in b.state()["msgs"] if m["cls"] == "m b"]) > before and b.state()["busy"] is None)
        st = b.state()
        assert not any(m["cls"] == "m e" for m in st["msgs"]), "the error should go away after a successful retry"
        assert [m["text"] for m in st["msgs"] if m["cls"] == "m u"] == ["kargo ücreti ne kadar"], "a retry must not repeat the question"
    finally:
        b.quit()


class EmbedHandler(http.server.BaseHTTPRequestHandler):
    page = b""

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(self.page)

    def log_message(self, *a):
        pass


def embedded_elsewhere(args):
    """The one-line installation on another site: the script finds its API from its own src."""
    EmbedHandler.page = (f'<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Başka site</title></head>'
                         f'<body><h1>Başka bir mağaza sitesi</h1>'
                         f'<script src="{args.base}/widget.js" data-business="moda-butik" data-title="Yardım" '
                         f'data-accent="#0f766e" defer></script></body></html>').encode()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.embed_port), EmbedHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    b = Browser(DESKTOP, args.artifacts)
    try:
        b.open_page(f"http://127.0.0.1:{args.embed_port}/")
        b.open_widget()
        title = b.js(JS_ROOT + "return s.querySelector('h2').textContent;")
        assert title == "Yardım", title
        accent = b.js(JS_ROOT + "return getComputedStyle(s.querySelector('.fab')).backgroundColor;")
        assert accent == "rgb(15, 118, 110)", accent
        reply = b.ask("iade süresi kaç gün")
        assert reply["text"], "empty answer"
        b.screenshot("desktop-embedded")
    finally:
        b.quit()
        server.shutdown()


def rate_limited(args):
    """When the shop's limit is reached the widget says so in Turkish and holds the retry."""
    b = Browser(PHONE, args.artifacts)
    try:
        b.open_page(f"{args.base}/demo/elektronik-dunyasi")
        b.open_widget()
        b.ask("merhaba")
        # The shop's per_minute bounds one conversation: replay this session until the server says 429.
        session = b.js("return JSON.parse(localStorage.getItem('shopbot:elektronik-dunyasi')).sid;")
        body = json.dumps({"question": "merhaba", "business_id": "elektronik-dunyasi", "session_id": session}).encode()
        for _ in range(500):
            req = urllib.request.Request(f"{args.base}/web_bot", data=body, headers={"Content-Type": "application/json"})
            try:
                urllib.request.urlopen(req, timeout=10).read()
            except urllib.error.HTTPError as e:
                if e.code == 429:
                    break
                raise
        else:
            raise AssertionError("the server never answered 429")
        b.element("input").send_keys("kargo ne kadar", Keys.ENTER)
        WebDriverWait(b.driver, 10).until(lambda d: any(m["cls"] == "m e" for m in b.state()["msgs"]))
        error = [m for m in b.state()["msgs"] if m["cls"] == "m e"][-1]
        assert "saniye sonra tekrar deneyin" in error["text"], error["text"]
        assert b.js(JS_ROOT + "return [...s.querySelectorAll('li.e button')].pop().disabled;"), "retry should wait for Retry-After"
        b.screenshot("mobile-rate-limited")
    finally:
        b.quit()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--artifacts", default="artifacts/browser")
    ap.add_argument("--embed-port", type=int, default=0)
    ap.add_argument("--docs", default="")
    args = ap.parse_args()
    args.base = args.base.rstrip("/")

    tests = [
        ("desktop conversation (moda-butik)", lambda: conversation(args, DESKTOP, "moda-butik", "desktop", "widget-desktop.png")),
        ("360px conversation (elektronik-dunyasi)", lambda: conversation(args, PHONE, "elektronik-dunyasi", "mobile", "widget-mobile.png")),
        ("keyboard, price format, style isolation", lambda: keyboard_and_format(args)),
        ("retry after a network error", lambda: network_retry(args)),
    ]
    if args.embed_port:
        tests.append(("embedded on another origin", lambda: embedded_elsewhere(args)))
    tests.append(("429 message", lambda: rate_limited(args)))  # last: it uses up a shop's minute

    passed = failed = 0
    for name, run in tests:
        started = time.time()
        try:
            run()
            passed += 1
            print(f"PASS {name} ({time.time() - started:.1f}s)", flush=True)
        except Exception as e:  # one failing check must not hide the others
            failed += 1
            print(f"FAIL {name}: {e}", flush=True)
            if not isinstance(e, AssertionError):
                traceback.print_exc()
    print(f"browser: {passed} passed, {failed} failed (screenshots in {args.artifacts})")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
