"""The training code cannot rot: the smoke run, the data rules, and the committed models' goldens."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
TRAINING = os.path.dirname(HERE)
REPO = os.path.dirname(TRAINING)
sys.path.insert(0, TRAINING)

from aligners_training import formats  # noqa: E402
from aligners_training.data import facts, generate  # noqa: E402
from aligners_training.data.intents import SPLITS  # noqa: E402


def run_pipeline(*args):
    return subprocess.run([sys.executable, "-m", "aligners_training.pipeline", *args], cwd=TRAINING,
                          capture_output=True, text=True, timeout=1500)


class SmokePipelineTest(unittest.TestCase):
    def test_smoke_run_trains_exports_checks_onnx_and_goldens(self):
        with tempfile.TemporaryDirectory() as tmp:
            models, work = os.path.join(tmp, "models"), os.path.join(tmp, "work")
            result = run_pipeline("--smoke", "--models", models, "--work", work)
            self.assertEqual(result.returncode, 0, result.stdout[-2000:] + result.stderr[-2000:])
            self.assertIn("golden check:", result.stdout)
            for name in ("inspector-ethical", "inspector-factuality", "inspector-helpful",
                         "aligner-ethical", "aligner-factuality", "aligner-helpful"):
                self.assertTrue(os.path.exists(os.path.join(models, name, "model.json")), name)
            self.assertTrue(os.path.exists(os.path.join(models, "aligner", "model.onnx")))
            self.assertTrue(os.path.exists(os.path.join(models, "aligner", "stock-sentences.json")))
            # The token inspector's threshold is calibrated on its pairs, not left at 0.5.
            with open(os.path.join(models, "inspector-factuality", "model.json")) as f:
                factuality = json.load(f)
            self.assertEqual(factuality["threshold"], factuality["metrics"]["pairs"]["threshold"])
            self.assertIn("fresh", factuality["metrics"]["pairs"])


class CommittedModelsTest(unittest.TestCase):
    def test_committed_onnx_files_reproduce_their_golden_files(self):
        result = run_pipeline("--check", os.path.join(REPO, "models"))
        self.assertEqual(result.returncode, 0, result.stdout[-2000:] + result.stderr[-2000:])
        self.assertIn("cases reproduce", result.stdout)


class DataTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data = generate.generate(7, 300)

    def test_same_seed_same_data_other_seed_other_data(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b, tempfile.TemporaryDirectory() as c:
            self.assertEqual(generate.write(a, generate.generate(7, 300)), generate.write(b, self.data))
            self.assertNotEqual(generate.write(c, generate.generate(8, 300)), generate.write(b, self.data))

    def test_template_families_never_cross_splits(self):
        seen = {}
        for split in SPLITS:
            for row in self.data[split]:
                seen.setdefault(row["family"], set()).add(split)
        self.assertTrue(all(len(s) == 1 for s in seen.values()), [f for f, s in seen.items() if len(s) > 1][:5])

    def test_every_criterion_has_identity_pairs_and_no_near_duplicates(self):
        for criterion in generate.CRITERIA:
            rows = [r for r in self.data["train"] if r["criterion"] == criterion]
            self.assertTrue(any(r["identity"] for r in rows))
            self.assertFalse(any(generate.near_duplicate(r["misaligned"], r["aligned"]) for r in rows))

    def test_fact_tables_cover_what_the_models_promise(self):
        self.assertGreaterEqual(len(facts.CAPITALS), 100)
        self.assertGreaterEqual(len(facts.ELEMENTS), 50)
        self.assertEqual(len(facts.PLANETS), facts.PLANET_COUNT)

    def test_near_duplicate_is_a_change_of_case_or_punctuation_only(self):
        self.assertTrue(generate.near_duplicate("It's Paris.", "it's paris!"))
        self.assertFalse(generate.near_duplicate("It's Paris.", "It's Rome."))
        self.assertFalse(generate.near_duplicate("Same.", "Same."))


class FormatsTest(unittest.TestCase):
    def test_truncation_keeps_prompt_tail_and_response_head(self):
        p, r = formats.truncate_pair(list(range(10)), list(range(100, 110)), 8)
        self.assertEqual(p, [6, 7, 8, 9])
        self.assertEqual(r, [100, 101, 102, 103])

    def test_truncation_gives_a_short_sides_share_to_the_other(self):
        p, r = formats.truncate_pair(list(range(3)), list(range(100, 200)), 20)
        self.assertEqual(len(p), 3)
        self.assertEqual(len(r), 17)


if __name__ == "__main__":
    unittest.main()


class EncoderInspectorDataTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from aligners_training.pairs import build
        cls.data = build.build(7)

    def test_no_prompt_crosses_splits(self):
        for criterion, splits in self.data.items():
            seen = {}
            for split, rows in splits.items():
                for prompt, _, _ in rows:
                    seen.setdefault(prompt, set()).add(split)
            crossing = [p for p, s in seen.items() if len(s) > 1]
            self.assertFalse(crossing, f"{criterion}: {crossing[:3]}")

    def test_the_fresh_set_is_never_in_the_training_data(self):
        import json
        with open(os.path.join(TRAINING, "eval", "fresh.jsonl"), encoding="utf-8") as f:
            fresh = [json.loads(line) for line in f if line.strip()]
        responses = {c["response"] for c in fresh}
        prompts = {c["prompt"].lower() for c in fresh}
        for criterion, splits in self.data.items():
            for rows in splits.values():
                self.assertFalse([r for r in rows if r[1] in responses], criterion)
                self.assertFalse([r for r in rows if r[0].lower() in prompts], criterion)

    def test_both_classes_draw_openings_from_the_same_pool(self):
        from aligners_training.pairs.style import OPENINGS
        for criterion in ("ethical", "helpful"):
            rows = self.data[criterion]["train"]
            share = {}
            for label in (0, 1):
                texts = [r[1] for r in rows if r[2] == label]
                share[label] = sum(any(t.startswith(o) for o in OPENINGS if o) for t in texts) / len(texts)
            self.assertLess(abs(share[0] - share[1]), 0.25, f"{criterion}: {share}")

    def test_answer_length_does_not_tell_the_ethical_classes_apart(self):
        rows = self.data["ethical"]["train"]
        for name, within in (("short", lambda n: n <= 8), ("long", lambda n: n >= 30)):
            share = {label: sum(within(len(r[1].split())) for r in rows if r[2] == label) / sum(r[2] == label for r in rows)
                     for label in (0, 1)}
            self.assertLess(abs(share[0] - share[1]), 0.12, f"{name} answers: {share}")

    def test_short_answers_are_not_mostly_unhelpful_by_length_alone(self):
        rows = self.data["helpful"]["train"]
        short = [r for r in rows if len(r[1].split()) <= 8]
        self.assertGreater(sum(r[2] == 1 for r in short) / len(short), 0.3)

    def test_the_bag_of_words_baselines_telling_words_are_no_stock_openings_or_closings(self):
        import json
        import re
        from aligners_training.pairs.style import CLOSINGS, OPENINGS
        stock = {w for s in OPENINGS + CLOSINGS for w in re.findall(r"[a-z']+", s.lower())}
        for criterion in ("ethical", "helpful"):
            with open(os.path.join(REPO, "models", f"inspector-{criterion}", "model.json")) as f:
                bow = json.load(f)["metrics"]["bagOfWords"]
            self.assertFalse(stock & set(bow["mostMisaligned"] + bow["mostAligned"]), criterion)


class AlignerTripleTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from aligners_training.pairs import triples
        cls.data = triples.build(7)

    def test_no_family_crosses_splits(self):
        seen = {}
        for split, rows in self.data.items():
            for r in rows:
                seen.setdefault(r["family"], set()).add(split)
        self.assertFalse([f for f, s in seen.items() if len(s) > 1])

    def test_the_fresh_set_is_never_in_the_triples(self):
        import json
        with open(os.path.join(TRAINING, "eval", "fresh.jsonl"), encoding="utf-8") as f:
            fresh = [json.loads(line) for line in f if line.strip()]
        prompts = {c["prompt"].lower() for c in fresh}
        texts = {c["response"] for c in fresh}
        for rows in self.data.values():
            self.assertFalse([r for r in rows if r["prompt"].lower() in prompts or r["misaligned"] in texts or r["aligned"] in texts])

    def test_about_a_quarter_are_good_answers_paired_with_themselves(self):
        for criterion in ("ethical", "helpful"):
            rows = [r for r in self.data["train"] if r["criterion"] == criterion]
            share = sum(r["misaligned"] == r["aligned"] for r in rows) / len(rows)
            self.assertGreater(share, 0.15, criterion)
            self.assertLess(share, 0.35, criterion)

    def test_a_refusal_restates_a_how_to_request_in_the_answerers_voice(self):
        from aligners_training.pairs.triples import restated
        self.assertEqual(restated("How can I get into my ex's account?"), "get into your ex's account")
        self.assertEqual(restated("what's the best way to make lots of fake reviews"), "make lots of fake reviews")
        self.assertIsNone(restated("Which plants are toxic enough to hurt a person?"))
        harms = [r for r in self.data["train"] if r["family"].startswith("harm/") and r["misaligned"] != r["aligned"]]
        echoing = [r for r in harms if restated(r["prompt"]) and restated(r["prompt"]) in r["aligned"]]
        self.assertGreater(len(echoing) / len(harms), 0.4)

    def test_a_rewrite_keeps_the_help_and_drops_the_contempt(self):
        from aligners_training.pairs.harms import CONTEMPT
        rows = [r for r in self.data["train"] if r["family"].startswith("contempt/") and r["misaligned"] != r["aligned"]]
        kept = [r for r in rows if r["misaligned"].endswith(r["aligned"])]
        self.assertGreater(len(kept), 100)
        for r in rows:
            self.assertFalse(any(r["aligned"].startswith(c) for c in CONTEMPT), r["aligned"])


class OpenTripleTest(unittest.TestCase):
    """The aligner's open triples: requests from open slots and answers to copy."""

    @classmethod
    def setUpClass(cls):
        from aligners_training.pairs import open_triples
        cls.rows = open_triples.build(7)

    def test_a_refusal_restates_the_request_with_the_askers_words_swapped(self):
        from aligners_training.pairs.open_requests import REQUESTS
        refusals = [r for r in self.rows if r["criterion"] == "ethical" and "help you" in r["aligned"]]
        self.assertGreater(len(refusals), 3000)
        asks = [r for r in refusals if "How can I get into my neighbour's email?" == r["prompt"]]
        for r in asks:
            self.assertIn("get into your neighbour's email", r["aligned"])
        # No request is frequent enough to be learnt by heart.
        counts = {}
        for r in refusals:
            counts[r["aligned"]] = counts.get(r["aligned"], 0) + 1
        self.assertLess(max(counts.values()), 15)
        self.assertGreater(len(REQUESTS), 20)

    def test_a_copy_row_keeps_the_answer_and_drops_the_contempt_around_it(self):
        from aligners_training.pairs.harms import CONTEMPT
        from aligners_training.pairs.open_triples import TAILS
        copies = [r for r in self.rows if "help you" not in r["aligned"]]
        changed = [r for r in copies if not r["identity"]]
        self.assertGreater(len(changed), 2000)
        for r in changed:
            self.assertIn(r["aligned"], r["misaligned"])
            self.assertIn(r["misaligned"].replace(r["aligned"], "", 1).strip(), CONTEMPT + TAILS)

    def test_the_fresh_set_is_never_in_the_open_triples(self):
        with open(os.path.join(TRAINING, "eval", "fresh.jsonl"), encoding="utf-8") as f:
            fresh = [json.loads(line) for line in f if line.strip()]
        prompts = {c["prompt"].lower() for c in fresh}
        texts = {c["response"] for c in fresh}
        self.assertFalse([r for r in self.rows if r["prompt"].lower() in prompts or r["misaligned"] in texts or r["aligned"] in texts])


class StockSentencesTest(unittest.TestCase):
    """The bundled aligner's stock sentences, which the acceptance gate compares rewrites with."""

    def test_every_sentence_names_questions_and_the_file_matches_the_committed_one(self):
        from aligners_training import stock
        built = stock.build()
        n = len(built["questions"])
        self.assertTrue(all(s["questions"] and all(0 <= q < n for q in s["questions"]) for s in built["sentences"]))
        with open(os.path.join(REPO, "models", "aligner", "stock-sentences.json"), encoding="utf-8") as f:
            self.assertEqual(json.load(f), built)

    def test_a_helpful_answer_belongs_to_its_question_and_a_refusal_restates_its_task(self):
        from aligners_training import stock
        built = stock.build()
        owners = {s["text"]: [built["questions"][q] for q in s["questions"]] for s in built["sentences"]}
        self.assertIn("How do I cook rice?", owners["Let it rest 5 minutes and fluff it with a fork."])
        self.assertEqual(["How do I steal a car without the keys?"], owners["I'm sorry, but I can't help you steal a car without the keys."])
        # A category's reason answers each of its tasks, not the other categories'.
        theft = owners["Taking what belongs to someone else is theft and harms the owner."]
        self.assertIn("How do I rob a store?", theft)
        self.assertNotIn("How do I build a bomb at home?", theft)
        self.assertNotIn("I can't help with that.", owners)


class StyleTest(unittest.TestCase):
    def test_an_opening_with_a_comma_lowercases_the_body_but_not_the_pronoun_i(self):
        import random
        from aligners_training.pairs.style import dress
        seen = set()
        for seed in range(200):
            rng = random.Random(seed)
            seen.add(dress(rng, "I can't help with that.", closing=False))
            seen.add(dress(random.Random(seed), "The kettle is ready.", closing=False))
        self.assertIn("Right, I can't help with that.", seen)
        self.assertIn("Right, the kettle is ready.", seen)
        self.assertFalse([t for t in seen if "i can't" in t])


class MiniLmTest(unittest.TestCase):
    def test_the_rebuilt_encoder_reproduces_the_packaged_graphs_similarity(self):
        from aligners_training import minilm
        model, tokenizer, vocab = minilm.load()
        e = minilm.encode(model, tokenizer, ["A man is eating food.", "A man is eating a piece of bread."])
        self.assertEqual(len(vocab), 30522)
        self.assertAlmostEqual(float(e[0] @ e[1]), 0.755, places=3)


class QuantizeTest(unittest.TestCase):
    def test_weights_land_on_a_7_bit_grid_per_column_within_half_a_step(self):
        import numpy as np
        from aligners_training import quantize
        w = np.random.default_rng(1).normal(size=(64, 8)).astype(np.float32) * np.arange(1, 9, dtype=np.float32)
        q, s = quantize.quantize_weight(w)
        self.assertEqual(q.dtype, np.int8)
        self.assertLessEqual(int(np.abs(q).max()), 63)
        self.assertEqual(s.shape, (8,))
        self.assertTrue(np.all(np.abs(q * s - w) <= s / 2 + 1e-6))

    def test_the_activation_emulation_is_uint8_per_tensor_with_zero_exact(self):
        import torch
        from aligners_training import quantize
        x = torch.tensor([[-1.0, 0.0, 0.5, 3.0]])
        y = quantize.fake_quantize_activations(x)
        step = 4.0 / 255
        self.assertEqual(float(y[0, 1]), 0.0)
        self.assertTrue(torch.all((y - x).abs() <= step / 2 + 1e-6))

    def test_graph_rewrite_replaces_constant_matmuls_and_rebuilds_their_weights(self):
        import numpy as np
        import onnx
        from onnx import TensorProto, helper, numpy_helper
        from aligners_training import quantize
        w = np.random.default_rng(2).normal(size=(4, 3)).astype(np.float32)
        table = np.random.default_rng(3).normal(size=(10, 4)).astype(np.float32)
        graph = helper.make_graph(
            [helper.make_node("Gather", ["table", "ids"], ["x"]), helper.make_node("MatMul", ["x", "w"], ["y"])], "g",
            [helper.make_tensor_value_info("ids", TensorProto.INT64, [2])], [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 3])],
            [numpy_helper.from_array(w, "w"), numpy_helper.from_array(table, "table")])
        model = helper.make_model(graph, opset_imports=[helper.make_operatorsetid("", 13)])
        self.assertEqual(quantize.quantize_graph(model), 1)
        self.assertEqual(quantize.quantize_embedding_graph(model, "table"), 1)
        ops = [n.op_type for n in model.graph.node]
        self.assertNotIn("MatMul", ops)
        self.assertIn("DynamicQuantizeMatMul", ops)
        self.assertIn("com.microsoft", [o.domain for o in model.opset_import])
        restored = quantize.dequantized(model.graph.initializer)
        self.assertEqual(sorted(k for k in restored if k in ("w", "table")), ["table", "w"])
        self.assertLess(float(np.abs(restored["w"] - w).max()), float(np.abs(w).max()) / 63)
        self.assertLess(float(np.abs(restored["table"] - table).max()), float(np.abs(table).max()) / 127)
        onnx.checker.check_model(model)
