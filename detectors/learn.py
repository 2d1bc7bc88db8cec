"""Rebuild the decision layer's weights (catalog/decision.json) from labelled pages.

    python -m detectors.learn --data ../shared/data/pages-dev.jsonl [--as-of 2026-11-25]

Labelled pages are JSON lines `{"id", "url", "institution", "inst_type", "labels": [...], "text"}`
(the format of the project's development set). Each page is wrapped as a plain HTML page, read by
the same extractor and rule engine as a crawled page, and every (page, artefact) candidate becomes
one row of generic features (detectors/decision.py) labelled by whether the page evidences that
artefact. A logistic regression with an L2 penalty is fitted by iteratively reweighted least
squares (numpy only; deterministic).

Pages of a *sealed* share of the institutions (a fixed hash of the institution's name) are never
trained on: benchmarks/detection.py scores them as unseen pages, and nobody reads their errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

from detectors.catalog import CATALOG_DIR
from detectors.decision import DECISION_FILE, Candidate, DecisionModel, interactions
from detectors.engine import LEARN_MIN_CONFIDENCE, Detector
from detectors.extract.extract import extract_document

SEALED_MODULUS = 3  # one institution in three is sealed
DEFAULT_AS_OF = dt.date(2026, 11, 25)
L2 = 1.0
FEATURE_SETS: dict[str, frozenset[str] | None] = {
    "platt": frozenset({"rule_logit"}),
    "compact": frozenset({"rule_logit", "body_only", "is_file", "self_ref", "model_ref", "named_in_head",
                          "body_hits", "head_negative"}),
    "full": None,
}
FEATURE_SET = "platt"  # see detectors/README.md: richer sets did not generalise better


@dataclass
class LabelledPage:
    id: str
    url: str
    group: str  # the institution (pages of one institution are never split across train and test)
    itype: str  # university | college ("other": news sites and portals, classified as university)
    lang: str
    labels: set[str]
    period: str | None
    text: str
    note: str = ""
    candidates: list[Candidate] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)  # what a benchmark's classifier said


def read_labelled(path: Path) -> list[LabelledPage]:
    """Labelled pages from a JSON-lines file; a bad line is named by file and line number."""
    pages = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            itype = r["inst_type"] if r["inst_type"] in ("university", "college") else "university"
            group = r.get("institution") or (urlsplit(r["url"]).hostname or "").removeprefix("www.")
            pages.append(LabelledPage(r["id"], r["url"], group, itype, r.get("lang", ""),
                                      set(r.get("labels") or []), r.get("period"), r["text"], r.get("note", "")))
        except (ValueError, KeyError, TypeError) as exc:
            raise SystemExit(f"{path}:{number}: not a labelled page ({exc})") from exc
    return pages


def is_sealed(group: str) -> bool:
    return int(hashlib.sha1(group.encode("utf-8")).hexdigest(), 16) % SEALED_MODULUS == 0


def excerpt_title(text: str) -> str:
    """An excerpt's title: its first line when short and not a sentence (else "")."""
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return first if len(first) <= 120 and not first.endswith(".") else ""


def wrap_html(text: str) -> str:
    """An excerpt as a plain HTML page: a short first line that is not a sentence becomes the
    <title> (pages have one); every line becomes a paragraph."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = excerpt_title(text)
    paras = "\n".join(f"<p>{html.escape(ln)}</p>" for ln in lines)
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
            f"<body>\n{paras}\n</body></html>")


def attach_candidates(pages: Iterable[LabelledPage], as_of: dt.date) -> None:
    """Run extraction and the rule engine on each page; keep its candidates on the page."""
    detector = Detector()
    for page in pages:
        doc = extract_document(wrap_html(page.text).encode("utf-8"), page.url, "text/html; charset=utf-8")
        page.candidates = detector.candidates(doc, page.itype, as_of, LEARN_MIN_CONFIDENCE)


def rows(pages: Iterable[LabelledPage]) -> tuple[list[dict[str, float]], list[int]]:
    features, labels = [], []
    chosen = FEATURE_SETS[os.environ.get("ADALSCAN_LEARN_FEATURES", FEATURE_SET)]
    for page in pages:
        for cand in page.candidates:
            row = dict(cand.features)
            row.update(interactions(cand.features))
            if chosen is not None:
                row = {k: v for k, v in row.items() if k in chosen}
            features.append(row)
            labels.append(int(cand.artefact_id in page.labels))
    return features, labels


def fit_logistic(features: list[dict[str, float]], labels: list[int], l2: float = L2,
                 iterations: int = 50, fit_bias: bool = True) -> DecisionModel:
    """L2-penalised logistic regression by Newton's method (IRLS); the bias is not penalised.
    Without `fit_bias` the bias stays 0: a rule score of 0.5 stays at 0.5, so the layer recalibrates
    the confidence without moving the found/uncertain line the rules were measured with."""
    names = sorted({name for row in features for name in row})
    x = np.array([[row.get(n, 0.0) for n in names] + [1.0 if fit_bias else 0.0] for row in features], dtype=float)
    y = np.array(labels, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    weights = {n: round(float(v), 6) for n, v in zip(names, w[:-1], strict=True) if abs(v) > 1e-9}
    return DecisionModel(weights, round(float(w[-1]), 6), {"rows": len(labels), "positives": int(sum(labels)),
                                                           "l2": l2})


def train(pages: list[LabelledPage], l2: float = L2) -> DecisionModel:
    features, labels = rows(pages)
    if not labels or not any(labels):
        raise SystemExit("no positive candidates to learn from")
    return fit_logistic(features, labels, l2, fit_bias=FEATURE_SET != "platt")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="labelled pages (JSON lines)")
    ap.add_argument("--as-of", type=dt.date.fromisoformat, default=DEFAULT_AS_OF)
    ap.add_argument("--out", type=Path, default=CATALOG_DIR / DECISION_FILE)
    ap.add_argument("--l2", type=float, default=L2)
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"{args.data}: no such file", file=sys.stderr)
        return 2
    pages = [p for p in read_labelled(args.data) if not is_sealed(p.group)]
    attach_candidates(pages, args.as_of)
    model = train(pages, args.l2)
    model.meta.update({"pages": len(pages), "sealed_modulus": SEALED_MODULUS, "as_of": args.as_of.isoformat()})
    args.out.write_text(model.to_json(), encoding="utf-8")
    print(f"{args.out}: {len(model.weights)} weights from {model.meta['rows']} candidates "
          f"({model.meta['positives']} positive) on {len(pages)} pages of unsealed institutions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
