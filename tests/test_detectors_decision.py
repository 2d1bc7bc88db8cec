"""The decision layer: weights file handling and the logistic fit (detectors.decision, detectors.learn)."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

import pytest

from detectors.catalog import load_catalog
from detectors.decision import DecisionModel, load_decision
from detectors.learn import fit_logistic, is_sealed, read_labelled


def test_without_weights_the_rule_score_is_the_confidence() -> None:
    assert DecisionModel().confidence({"rule_logit": 1.0}, 0.42) == 0.42


def test_shipped_weights_keep_the_found_line_of_the_rules() -> None:
    """Trained without a bias: a rule score of 0.5 stays 0.5, higher stays found, lower stays below."""
    model = load_decision(load_catalog())
    assert model.weights, "catalog/decision.json is missing: run python -m detectors.learn"
    for rule, above in ((0.49, False), (0.51, True), (0.9, True), (0.2, False)):
        logit = math.log(rule / (1 - rule)) / 4.0
        assert (model.confidence({"rule_logit": logit}, rule) >= 0.5) is above


def test_candidates_below_the_floor_could_never_be_reported() -> None:
    """detect() skips rule scores under CANDIDATE_MIN_CONFIDENCE: with the shipped weights they map
    below MIN_REPORTED, so skipping them changes no output."""
    from detectors.decision import MIN_REPORTED
    from detectors.engine import CANDIDATE_MIN_CONFIDENCE

    model = load_decision(load_catalog())
    rule = CANDIDATE_MIN_CONFIDENCE
    logit = math.log(rule / (1 - rule)) / 4.0
    assert model.confidence({"rule_logit": logit}, rule) < MIN_REPORTED


def test_fit_recovers_a_known_slope() -> None:
    rng = random.Random(3)
    rows, labels = [], []
    for _ in range(4000):
        x = rng.uniform(-2, 2)
        rows.append({"x": x})
        labels.append(int(rng.random() < 1 / (1 + math.exp(-(1.5 * x - 0.5)))))
    model = fit_logistic(rows, labels, l2=0.01)
    assert model.weights["x"] == pytest.approx(1.5, abs=0.15)
    assert model.bias == pytest.approx(-0.5, abs=0.15)


def test_a_broken_weights_file_names_itself(tmp_path: Path) -> None:
    bad = tmp_path / "decision.json"
    bad.write_text(json.dumps({"weights": [1, 2]}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"decision\.json"):
        DecisionModel.from_file(bad)


def test_labelled_pages_errors_name_file_and_line(tmp_path: Path) -> None:
    data = tmp_path / "pages.jsonl"
    data.write_text('{"id": "a", "url": "https://u.example.test/", "inst_type": "university", "text": "x"}\n'
                    '{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"pages.jsonl:2"):
        read_labelled(data)


def test_sealed_share_is_stable_and_about_a_third() -> None:
    groups = [f"inst{i}.example.test" for i in range(600)]
    share = sum(is_sealed(g) for g in groups) / len(groups)
    assert 0.25 < share < 0.42
    assert [is_sealed(g) for g in groups] == [is_sealed(g) for g in groups]
