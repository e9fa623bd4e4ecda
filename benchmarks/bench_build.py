#!/usr/bin/env python3
"""Build speed, memory and quality on synthetic corpora of 1k and 10k articles.

    .venv/bin/python benchmarks/bench_build.py                      # 1k and 10k, every part
    .venv/bin/python benchmarks/bench_build.py --sizes 1000 --parts plain,build,f1

Parts (each timed in a fresh process, so that memory and loaded models do not carry over):

- ``plain``: ``nlp.pipe`` of ``en_core_web_sm`` with ALL its components over the texts of
  the corpus's articles (after segmentation and de-duplication); words counted.
- ``build``: the full ``csto_graph.pipeline.build.build`` (library call, no pages, no cache,
  one process): seconds, words/s, the ratio build/plain, peak memory (``ru_maxrss``).
  The build also reports the dependency parser's share (:mod:`csto_graph.extract.syntax`):
  the seconds spent in it (loading it once included), the sentences it parsed and the
  share of the English body sentences they are.
- ``noparse``: the same build with the parser off (``ExtractConfig(parse=False)``, the
  rules alone): its time, the ratio to plain, and its F1 when ``f1`` is asked too.
- ``f1``: the scorer (``../shared/eval/score.py``) on that build against the generated gold.
- ``legacy``: the same build with the extraction as it was before (the model with ``senter``
  and ``ner`` over every article's full text), its time and F1, for comparison.
- ``jobs``: the build with ``--jobs 2``; speedup over one process; same graph bytes.
- ``incremental``: hold the corpus's last 12 pages out, build the rest with a fresh cache,
  add the pages back one at a time with a build into the same folder after each: each
  rebuild's time / the full build's time, whether it took the incremental path (else
  why not), and whether the final graph is the full build's, byte for byte.

The corpora are written by ``make_corpus.py`` (seed 1) under ``benchmarks/data/`` unless
there. Results are printed and saved to ``benchmarks/out/bench_build.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
PARTS = ("plain", "build", "noparse", "f1", "legacy", "jobs", "incremental")


# ------------------------------------------------------------------ child tasks


def _articles(corpus: str):
    from csto_graph.corpus.articles import build_articles
    from csto_graph.corpus.reading import ReadConfig, read_corpus

    documents, _ = read_corpus([corpus], ReadConfig())
    return build_articles(documents)


def task_plain(corpus: str) -> dict:
    import spacy

    from csto_graph.extract.nlp import DEFAULT_MODELS

    texts = [a.text for a in _articles(corpus)]
    nlp = None
    for name in DEFAULT_MODELS:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "tokens": tokens, "words": sum(len(t.split()) for t in texts),
            "articles": len(texts), "components": nlp.pipe_names}


def task_build(corpus: str, out: str, jobs: int, cache: str | None, mode: str) -> dict:
    from csto_graph.pipeline import build as pipeline
    from csto_graph.pipeline.build import BuildConfig, build

    if mode == "legacy":
        pipeline.extract_articles = _legacy_extract_articles
    parsing = _count_parsing(pipeline, parse=mode != "noparse") if mode in {"", "noparse"} and jobs == 1 else {}
    start = time.perf_counter()
    report = build([corpus], out, BuildConfig(render=False, jobs=jobs, cache=cache,
                                              incremental=mode == "incremental"))
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result = {"seconds": seconds, "maxrss_mb": round(own, 1), "worker_maxrss_mb": round(children, 1),
              "articles": report.articles, "people": report.people, "events": report.events,
              "changes": report.changes.summary(), "incremental": report.incremental,
              "full_reason": report.full_reason}
    if parsing:
        result["parse"] = {"seconds": sum(t.seconds for t in parsing["parsers"]),
                           "sentences_parsed": sum(t.inner.parsed for t in parsing["parsers"]),
                           "sentences": parsing["sentences"][0]}
    return result


class _Timed:
    """A sentence parser that keeps the seconds spent in it."""

    def __init__(self, inner):
        self.inner, self.seconds = inner, 0.0

    def __call__(self, texts):
        start = time.perf_counter()
        try:
            return self.inner(texts)
        finally:
            self.seconds += time.perf_counter() - start


def _count_parsing(pipeline, parse: bool) -> dict:
    """Time the parser of every article and count the English body sentences (in this
    process: one job); with ``parse`` False, turn the parser off."""
    from dataclasses import replace

    from csto_graph.extract import run as extract_run

    seen: dict = {"parsers": [], "sentences": [0]}
    real_parser, real_extract = extract_run.sentence_parser, pipeline.extract_articles

    def timed_parser(config=extract_run.ExtractConfig()):
        made = real_parser(config)
        if made is None:
            return None
        seen["parsers"].append(_Timed(made))
        return seen["parsers"][-1]

    def counting_extract(articles, config):
        done = real_extract(articles, replace(config, parse=parse))
        seen["sentences"][0] += sum(len(ex.sentences) for a, ex in zip(articles, done) if a.language == "en")
        return done

    extract_run.sentence_parser = timed_parser
    pipeline.extract_articles = counting_extract
    return seen


def _legacy_extract_articles(articles, config):
    """The extraction before this benchmark's change: the model over every full text."""
    from csto_graph.extract.article import extract_article
    from csto_graph.vocab.gazetteer import load_gazetteer
    from csto_graph.extract.nlp import load_model

    nlp = load_model(config.model)
    gaz = load_gazetteer()
    docs = nlp.pipe((a.text for a in articles), batch_size=config.batch_size)
    return [extract_article(article, doc, gaz) for article, doc in zip(articles, docs)]


def run_child(*args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--task", *args], capture_output=True, text=True,
                          cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"task {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ orchestration


def corpus_dir(size: int, data: Path) -> Path:
    folder = data / (f"{size // 1000}k" if size % 1000 == 0 else str(size))
    if not (folder / "gold.json").is_file():
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), "--articles", str(size), "--seed", "1",
                        "--out", str(folder)], check=True)
    return folder


def score(gold: Path, out: Path) -> dict:
    cmd = str(Path(sys.executable).parent / "csto-graph")
    done = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--out", str(out), "--cmd", cmd,
                           "--json"], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def f1_line(scores: dict) -> str:
    keys = ("people", "organizations", "aliases", "posts", "events", "met")
    return "  ".join(f"{k} {scores[k]['f1']:.3f}" for k in keys if k in scores)


def bench_size(size: int, parts: set[str], data: Path, outs: Path) -> dict:
    folder = corpus_dir(size, data)
    corpus, gold = folder / "corpus", folder / "gold.json"
    res: dict = {"size": size}
    tag = folder.name
    say = lambda text: print(f"[{tag}] {text}", flush=True)  # noqa: E731
    if "plain" in parts:
        res["plain"] = run_child("plain", str(corpus))
        p = res["plain"]
        say(f"plain nlp.pipe (all components): {p['seconds']:.1f} s, {p['words']} words, "
            f"{p['words'] / p['seconds']:.0f} words/s")
    out = outs / tag / "build"
    if parts & {"build", "f1", "jobs", "incremental"}:
        res["build"] = run_child("build", str(corpus), str(out), "1", "", "")
        b = res["build"]
        say(f"build: {b['seconds']:.1f} s, peak memory {b['maxrss_mb']:.0f} MB")
        if "plain" in res:
            b["ratio"] = b["seconds"] / res["plain"]["seconds"]
            b["words_per_s"] = res["plain"]["words"] / b["seconds"]
            say(f"build/plain = {b['ratio']:.2f}; {b['words_per_s']:.0f} words/s")
        if "parse" in b:
            p = b["parse"]
            say(f"parser: {p['seconds']:.1f} s ({100 * p['seconds'] / b['seconds']:.1f}% of the build, loading "
                f"included) on {p['sentences_parsed']} of {p['sentences']} sentences "
                f"({100 * p['sentences_parsed'] / max(1, p['sentences']):.1f}%)")
    if "noparse" in parts:
        no_out = outs / tag / "noparse"
        res["noparse"] = run_child("build", str(corpus), str(no_out), "1", "", "noparse")
        n = res["noparse"]
        line = f"build without the parser: {n['seconds']:.1f} s"
        if "plain" in res:
            n["ratio"] = n["seconds"] / res["plain"]["seconds"]
            line += f", build/plain = {n['ratio']:.2f}"
        if "f1" in parts:
            n["f1"] = score(gold, no_out)
            line += f"; F1 {f1_line(n['f1'])}"
        say(line)
    if "f1" in parts:
        res["f1"] = score(gold, out)
        say("F1 " + f1_line(res["f1"]))
    if "legacy" in parts:
        legacy_out = outs / tag / "legacy"
        res["legacy"] = run_child("build", str(corpus), str(legacy_out), "1", "", "legacy")
        res["legacy"]["f1"] = score(gold, legacy_out)
        same = (legacy_out / "graph.nt").read_bytes() == (out / "graph.nt").read_bytes()
        say(f"legacy extraction: {res['legacy']['seconds']:.1f} s; F1 {f1_line(res['legacy']['f1'])}; "
            f"same graph: {same}")
    if "jobs" in parts:
        out2 = outs / tag / "jobs2"
        res["jobs2"] = run_child("build", str(corpus), str(out2), "2", "", "")
        res["jobs2"]["speedup"] = res["build"]["seconds"] / res["jobs2"]["seconds"]
        res["jobs2"]["same_graph"] = (out2 / "graph.nt").read_bytes() == (out / "graph.nt").read_bytes()
        say(f"--jobs 2: {res['jobs2']['seconds']:.1f} s, speedup {res['jobs2']['speedup']:.2f}x, "
            f"same graph: {res['jobs2']['same_graph']}, workers' peak {res['jobs2']['worker_maxrss_mb']:.0f} MB")
    if "incremental" in parts:
        res["incremental"] = bench_incremental(corpus, outs, res["build"]["seconds"], say)
    return res


def bench_incremental(corpus: Path, outs: Path, full_seconds: float, say, held: int = 12) -> dict:
    """Hold the last ``held`` pages of the corpus out, build the rest (with a fresh cache),
    then add the pages back one at a time, each followed by a build into the same folder.
    Each rebuild's time is a share of the full build's; once every page is back, the
    graph must be the full build's, byte for byte."""
    pages = sorted(p for p in corpus.iterdir() if p.is_file())
    with tempfile.TemporaryDirectory(dir=outs) as tmp:
        grown = Path(tmp) / corpus.name
        grown.mkdir()
        for page in pages[:-held]:
            shutil.copy2(page, grown / page.name)
        cache = str(Path(tmp) / "cache.sqlite")
        inc_out = str(Path(tmp) / "out")
        base = run_child("build", str(grown), inc_out, "1", cache, "incremental")
        steps = []
        for page in pages[-held:]:
            shutil.copy2(page, grown / page.name)
            step = run_child("build", str(grown), inc_out, "1", cache, "incremental")
            steps.append({"page": page.name, "seconds": step["seconds"], "incremental": step["incremental"],
                          "reason": step["full_reason"], "share": step["seconds"] / full_seconds})
        check = str(Path(tmp) / "full")  # the same files under the same paths, built in full
        run_child("build", str(grown), check, "1", cache, "")
        same = (Path(inc_out) / "graph.nt").read_bytes() == (Path(check) / "graph.nt").read_bytes()
    fast = [s["share"] for s in steps if s["incremental"]]
    result = {"base_seconds": base["seconds"], "steps": steps, "same_graph": same,
              "incremental_steps": len(fast), "median_share": sorted(fast)[len(fast) // 2] if fast else None,
              "max_share": max(fast) if fast else None}
    for s in steps:
        say(f"  + {s['page']}: {s['seconds']:.2f} s = {100 * s['share']:.1f}% of a full build, "
            + ("incremental" if s["incremental"] else f"full ({s['reason']})"))
    if fast:
        say(f"incremental: {len(fast)} of {len(steps)} added pages took the incremental path; their rebuild "
            f"median {100 * result['median_share']:.1f}%, max {100 * result['max_share']:.1f}% of a full build; "
            f"graph after all pages = full build's: {same}")
    else:
        say(f"incremental: no added page took the incremental path; graph = full build's: {same}")
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="article counts (default: 1000,10000)")
    parser.add_argument("--parts", default=",".join(PARTS), help=f"any of {','.join(PARTS)}")
    parser.add_argument("--data", default=str(HERE / "data"))
    parser.add_argument("--out", default=str(HERE / "out"))
    parser.add_argument("--task", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.task:
        name, *rest = args.task
        if name == "plain":
            result = task_plain(rest[0])
        else:
            corpus, out, jobs, cache, mode = rest
            result = task_build(corpus, out, int(jobs), cache or None, mode)
        print(json.dumps(result))
        return
    parts = set(args.parts.split(","))
    outs = Path(args.out)
    outs.mkdir(parents=True, exist_ok=True)
    print(f"{os.cpu_count()} CPUs; python {sys.version.split()[0]}", flush=True)
    results = [bench_size(int(s), parts, Path(args.data), outs) for s in args.sizes.split(",")]
    built = [r for r in results if "build" in r]
    if len(built) >= 2:
        a, b = built[0], built[-1]
        slope = (b["build"]["maxrss_mb"] - a["build"]["maxrss_mb"]) / ((b["size"] - a["size"]) / 1000)
        print(f"memory slope: {slope:.1f} MB per 1,000 articles ({a['size']} -> {b['size']})")
    (outs / "bench_build.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"saved {outs / 'bench_build.json'}")


if __name__ == "__main__":
    main()
