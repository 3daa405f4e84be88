"""The cross-encoder inspectors' training options: which encoder weights a run fine-tunes, and a
manifest that says how to train its model again."""
import os
import subprocess
import sys
import unittest

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from aligners_training import cross_encoder, inspector_common, minilm  # noqa: E402


class TrainableWeightsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model = cross_encoder.CrossEncoder(minilm.MiniLM(100))

    def ids(self, params):
        return {id(p) for p in params}

    def test_top_layers_are_all_that_a_partial_fine_tune_trains(self):
        trained = self.ids(cross_encoder.trainable(self.model, 2))
        top = self.ids(p for layer in self.model.encoder.layers[-2:] for p in layer.parameters())
        self.assertEqual(trained, top)
        self.assertNotIn(id(self.model.encoder.word.weight), trained)

    def test_the_whole_encoder_trains_every_weight_embeddings_included(self):
        trained = self.ids(cross_encoder.trainable(self.model, minilm.LAYERS))
        self.assertEqual(trained, self.ids(self.model.encoder.parameters()))
        self.assertIn(id(self.model.encoder.word.weight), trained)


class QuantizedScoresTest(unittest.TestCase):
    """Thresholds are calibrated on `scores`; the runtime scores one pair per run, so a quantized
    model's scores must not depend on the rows scored beside it or on their padding."""

    def test_a_quantized_model_scores_each_row_as_it_would_alone(self):
        words = "the a how do i pick lock open door bake bread please never mind go away you idiot slowly".split()
        tokenizer = minilm.WordPiece(["[PAD]", "[UNK]", "[CLS]", "[SEP]"] + words)
        torch.manual_seed(3)
        model = cross_encoder.CrossEncoder(minilm.MiniLM(len(words) + 4))
        cross_encoder.emulate_quantized(model)
        rows = [("how do i bake bread", "slowly " * n + "please", n % 2) for n in range(1, 12)] + \
               [("open the door", "go away you idiot", 0), ("pick a lock", "never mind", 1)]
        together = cross_encoder.scores(model, tokenizer, rows)
        alone = [float(cross_encoder.scores(model, tokenizer, [r])[0]) for r in rows]
        self.assertEqual(together.tolist(), alone)


class CalibrationTest(unittest.TestCase):
    def test_the_threshold_never_flags_more_good_answers_than_the_rule_allows(self):
        good = np.array([0.3, 0.5, 0.82857] + [0.9] * 37)  # 5% of 40: two may be flagged
        scores = np.concatenate([good, [0.1, 0.2]])
        labels = np.array([1] * 40 + [0, 0])
        threshold = inspector_common.calibrate(scores, labels)
        self.assertEqual(threshold, 0.8285)
        self.assertEqual(int((good < threshold).sum()), 2)


class ManifestCommandTest(unittest.TestCase):
    def test_a_model_trained_off_the_defaults_records_the_options(self):
        m = cross_encoder.manifest("ethical", "sha", 0.9, {}, 1, 7, False, 6, ["--no-open-vocabulary", "--trained-layers 6"])
        self.assertEqual(m["training"]["command"],
                         "python3 -m aligners_training.encoder_inspectors --no-open-vocabulary --trained-layers 6")
        self.assertEqual(m["architecture"]["trainedLayers"], 6)
        self.assertIn("the whole encoder", m["description"])

    def test_a_default_model_fine_tunes_the_whole_encoder_and_records_the_plain_command(self):
        m = cross_encoder.manifest("helpful", "sha", 0.9, {}, 1, 7, False)
        self.assertEqual(m["training"]["command"], "python3 -m aligners_training.encoder_inspectors")
        self.assertEqual(m["architecture"]["trainedLayers"], minilm.LAYERS)
        self.assertIn("the whole encoder", m["description"])

    def test_the_top_two_layers_are_named_when_asked_for(self):
        m = cross_encoder.manifest("helpful", "sha", 0.9, {}, 1, 7, False, 2, ["--trained-layers 2"])
        self.assertEqual(m["training"]["command"], "python3 -m aligners_training.encoder_inspectors --trained-layers 2")
        self.assertIn("top 2 layers", m["description"])


class QuantizedParityTest(unittest.TestCase):
    def test_a_few_pairs_a_rounding_step_apart_still_reproduce(self):
        cross_encoder.same_quantized_arithmetic("ethical", [0.0] * 40 + [0.04, 0.2, 0.37] + [0.003] * 5)

    def test_other_arithmetic_moving_every_pair_fails(self):
        with self.assertRaises(AssertionError):
            cross_encoder.same_quantized_arithmetic("ethical", [0.3] * 48)
        with self.assertRaises(AssertionError):
            cross_encoder.same_quantized_arithmetic("ethical", [0.0] * 40 + [0.9] + [0.0] * 7)


class BagOfWordsTest(unittest.TestCase):
    def test_the_baseline_is_the_same_whatever_the_process_string_hashes(self):
        script = ("import json\nfrom aligners_training.inspector_common import bag_of_words\n"
                  "rows = [(f'q{i}', ('please help kindly with ' if i % 2 else 'go away idiot you ') + f'word{i % 7} extra{i % 5}', i % 2)"
                  " for i in range(60)]\n"
                  "print(json.dumps(bag_of_words(rows, {'test': rows}, 7, epochs=5)))")
        runs = set()
        for seed in ("1", "2", "3"):
            env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=os.path.dirname(HERE))
            out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
            self.assertEqual(out.returncode, 0, out.stderr[-1000:])
            runs.add(out.stdout)
        self.assertEqual(len(runs), 1, runs)


if __name__ == "__main__":
    unittest.main()
