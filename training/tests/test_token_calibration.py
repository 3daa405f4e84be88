"""Thresholds by the 5% rule, and the token inspectors' manifests that record them."""
import json
import os
import sys
import tempfile
import unittest

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from aligners_training import inspector_common, token_calibration  # noqa: E402


class CalibrateTest(unittest.TestCase):
    def test_the_threshold_flags_at_most_five_percent_of_good_answers(self):
        rng = np.random.default_rng(7)
        scores = np.concatenate([rng.uniform(0.3, 1, 400), rng.uniform(0, 0.6, 400)])
        labels = np.array([1] * 400 + [0] * 400)
        t = inspector_common.calibrate(scores, labels)
        self.assertLessEqual((scores[labels == 1] < t).mean(), 0.05)
        self.assertGreater((scores[labels == 1] < t + 0.01).mean(), 0.05)

    def test_good_answers_scored_near_zero_get_the_smallest_threshold_not_a_floor_that_breaks_the_rule(self):
        scores = np.array([1e-5] * 10 + [0.01] * 90 + [0.001] * 50)
        labels = np.array([1] * 100 + [0] * 50)
        t = inspector_common.calibrate(scores, labels)
        self.assertEqual(t, 0.0001)
        self.assertLessEqual((scores[labels == 1] < t).mean(), 0.1)


class WriteTest(unittest.TestCase):
    def test_the_manifest_gets_the_threshold_and_keeps_its_other_metrics(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "model.json")
            with open(path, "w") as f:
                json.dump({"name": "inspector-factuality", "threshold": 0.5, "metrics": {"auroc": 0.93}}, f)
            report = {"threshold": 0.0123, "validation": {"recall": 0.4}}
            token_calibration.write(path, report)
            token_calibration.write(path, report)
            with open(path) as f:
                m = json.load(f)
        self.assertEqual(m["threshold"], 0.0123)
        self.assertEqual(m["metrics"], {"auroc": 0.93, "pairs": report})


if __name__ == "__main__":
    unittest.main()
