"""A PNG of the endpoint's query page with a result, for the README (``docs/query-page.png``).

Serves the build in OUT on 127.0.0.1 (any free port), opens the query page in Debian's
headless Chromium, runs the tab named by ``--tab`` and saves the window.

    python benchmarks/query_page_shot.py out --tab met --png docs/query-page.png
"""
from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def shoot(out: Path, tab: str, png: Path, width: int = 1100, height: int = 860) -> None:
    from playwright.sync_api import sync_playwright

    from csto_graph.views.serve import ServeConfig, make_server

    srv = make_server(out, ServeConfig(port=0, workers=1, quiet=True))
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(srv.url[: -len("sparql")])
            deadline = time.monotonic() + 20
            while not page.evaluate("!!(window.cstoQuery && cstoQuery.ready)"):  # not subject to the CSP
                if time.monotonic() > deadline:
                    raise RuntimeError("the query page never got ready")
                page.wait_for_timeout(50)
            page.locator(".tabsList .tab", has_text=tab).first.click()
            panel = page.locator(".tabPanel.active")
            panel.locator(".yasqe_queryButton").click()
            panel.locator(".yasr table.dataTable tbody tr").first.wait_for(timeout=15000)
            page.mouse.move(0, 0)
            page.screenshot(path=str(png))
            browser.close()
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a built folder (csto-graph build ... --out OUT)")
    parser.add_argument("--tab", default="met", help="the tab to run (a saved query's name, or example)")
    parser.add_argument("--png", type=Path, default=ROOT / "docs" / "query-page.png")
    args = parser.parse_args(argv)
    shoot(args.out, args.tab, args.png)
    print(f"wrote {args.png} ({args.png.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
