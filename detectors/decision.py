"""The decision layer: from the catalog's match features to a calibrated confidence.

The rule engine (engine.py) finds every artefact the catalog's phrases point at and scores it by
hand-set weights. How much each of its signals should count — a title match against a
reporting-verb page, a code named in the head of a national act — is learned here: a logistic
regression over generic features (never per-page words), so its output is a probability and the
0.5 threshold of interface.md means what it says. The weights live in `catalog/decision.json`,
rebuilt by `python -m detectors.learn` (see detectors/README.md, "The decision layer"); without that
file the rule engine's own calibrated score is the confidence.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from detectors.catalog import Catalog

DECISION_FILE = "decision.json"
FOUND = 0.5  # interface.md: confidence >= 0.5 is reported as found (or stale), below as uncertain
# Weaker evidence is not reported at all: on unseen pages one candidate in ten between 0.3 and 0.4 was
# right (benchmarks/detection.py, reliability table), not worth an analyst's time (detectors/README.md).
MIN_REPORTED = 0.4
HEAD_PARTS = ("title", "heading", "anchor", "url")
SCORED_PARTS = ("title", "heading", "anchor", "url", "referrer", "line", "body")


@dataclass(slots=True)
class Candidate:
    """One artefact the rules point at in one document, before the decision layer."""

    artefact_id: str
    rule_confidence: float  # the rule engine's own calibrated score (0..1)
    features: dict[str, float]
    snippet: str
    stale: bool
    period: str | None
    matched_part: str
    genre: str = ""  # the kind of page that weakened this evidence (see adalscan.models.Evidence)


# Cue groups (catalog `cues`) and the kind of page each one recognises.
GENRE_OF_CUE = {"national_act": "national_act", "national_news": "report", "news": "report",
                "third_party": "other_org", "non_education": "other_org", "other_org_content": "other_org",
                "guidance": "guidance", "draft": "draft", "not_yet": "not_yet"}
GENRE_MIN_STRENGTH = 0.5


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def candidate_features(*, parts: dict[str, float], body_hits: int, strongest: float, before_cues: float,
                       raw: float, rule_confidence: float, head_negative: bool, about_it: bool,
                       cue_accepted: float, qualifiers: set[str]) -> dict[str, float]:
    """The candidate-level features (each roughly 0..1; `rule_logit` is the rule score's logit)."""
    features = {f"part_{p}": min(1.0, parts.get(p, 0.0)) for p in SCORED_PARTS}
    head = max((parts.get(p, 0.0) for p in HEAD_PARTS), default=0.0)
    features.update({
        "rule": rule_confidence,
        "rule_logit": _logit(rule_confidence) / 4.0,
        "head": min(1.0, head),
        "body_only": 0.0 if head > 0 or parts.get("line", 0.0) > 0 else 1.0,
        "body_hits": min(1.0, math.log1p(body_hits) / math.log(10)),
        "strongest": strongest,
        "cue_loss": max(0.0, before_cues - raw),
        "head_negative": float(head_negative),
        "about_it": float(about_it),
        "cue_accepted": cue_accepted,
        "self_ref": float("self" in qualifiers),
        "model_ref": float("model" in qualifiers),
    })
    return features


def doc_features(kind: str, n_words: int, named_in_head: int, cue_strength: dict[str, float]) -> dict[str, float]:
    """Document-level features: what kind of page this is (genre cues), how long, how many
    artefacts it names in its head."""
    features = {f"cue_{name}": strength for name, strength in cue_strength.items()}
    features.update({
        "is_file": 0.0 if kind == "html" else 1.0,
        "words": min(1.0, math.log1p(n_words) / math.log(5000)),
        "named_in_head": min(1.0, named_in_head / 4.0),
    })
    return features


def interactions(features: dict[str, float]) -> dict[str, float]:
    """A few products the linear model cannot form itself: the genre of the page matters most
    where the artefact is named in the head (a report *about* a plan names the plan in its title)."""
    head = features.get("head", 0.0)
    out = {}
    for name, value in features.items():
        if name.startswith("cue_") and value:
            out[f"head*{name}"] = head * value
            out[f"body_only*{name}"] = features.get("body_only", 0.0) * value
    return out


@dataclass(slots=True)
class DecisionModel:
    """Logistic regression weights by feature name; no weights = the rule score itself."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    meta: dict[str, object] = field(default_factory=dict)

    def confidence(self, features: dict[str, float], rule_confidence: float) -> float:
        if not self.weights:
            return rule_confidence
        z = self.bias
        w = self.weights
        for name, value in features.items():
            if value:
                z += w.get(name, 0.0) * value
        for name, value in interactions(features).items():
            z += w.get(name, 0.0) * value
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        return json.dumps({"bias": self.bias, "weights": self.weights, "meta": self.meta},
                          ensure_ascii=False, indent=1, sort_keys=True) + "\n"

    @classmethod
    def from_file(cls, path: Path) -> DecisionModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        try:
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            return cls(weights, float(data["bias"]), dict(data.get("meta", {})))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"{path}: not a decision model ({exc})") from exc


def decision_path(catalog: Catalog) -> Path | None:
    folder = catalog.source_dir
    return folder / DECISION_FILE if folder else None


def load_decision(catalog: Catalog) -> DecisionModel:
    """The weights next to the catalog's YAML, or the rule score alone when there are none."""
    path = decision_path(catalog)
    if path is None or not path.is_file():
        return DecisionModel()
    return DecisionModel.from_file(path)
