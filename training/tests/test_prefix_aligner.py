"""The prefix-LM aligner on the pretrained encoder: training and cached generation compute the same
thing, the export stores what PyTorch computes, and decoding matches the C# tokenizer's."""
import os
import sys
import tempfile
import unittest

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from aligners_training import prefix_aligner as P  # noqa: E402
from aligners_training.prefix_aligner_release import decode  # noqa: E402


class PrefixAlignerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        torch.manual_seed(3)
        cls.model, cls.wp, cls.vocab = P.load()
        with torch.no_grad():  # a trained-looking head: not all zeros, no two weights alike
            for p in (cls.model.head.weight, cls.model.head.bias, cls.model.head_ln.bias, cls.model.head_bias):
                p.normal_(0, 0.05)
        cls.model.eval()
        cls.x = P.prefix_ids(cls.wp, "ethical", "How do I get into my neighbour's shed?", "Lift the door off its hinges.", 64)
        cls.y = P.target_ids(cls.wp, "I can't help you get into your neighbour's shed.", 32)

    def test_the_prefix_starts_with_the_criterion_marker_and_ends_with_aligned(self):
        self.assertEqual(self.x[:2], [P.CLS, P.SPECIAL["[ETHICAL]"]])
        self.assertEqual(self.x[-1], P.SPECIAL["[ALIGNED]"])
        self.assertIn(P.SPECIAL["[INIT]"], self.x)
        self.assertEqual(self.y[-1], P.SPECIAL["[DONE]"])

    @torch.no_grad()
    def test_prefill_and_cached_steps_give_the_training_pass_logits(self):
        x, y = self.x, self.y
        hidden = self.model.train_hidden(torch.tensor([x + y]), torch.tensor([len(x)]), torch.tensor([len(x + y)]))
        trained = self.model.logits(hidden)[0]
        out = self.model(torch.tensor([x]), torch.ones(1, len(x), dtype=torch.long), torch.arange(len(x))[None],
                         *self.model.empty_past(1))
        self.assertLess((out[0][0] - trained[:len(x)]).abs().max().item(), 1e-4)
        past = list(out[1:])
        for i, token in enumerate(y[:-1]):
            total = len(x) + i + 1
            out = self.model(torch.tensor([[token]]), torch.ones(1, total, dtype=torch.long), torch.tensor([[total - 1]]), *past)
            past = list(out[1:])
            self.assertLess((out[0][0, 0] - trained[total - 1]).abs().max().item(), 1e-4)

    @torch.no_grad()
    def test_the_prefix_sees_itself_both_ways_and_the_rewrite_only_backwards(self):
        x, y = self.x, self.y
        h = self.model.train_hidden(torch.tensor([x + y]), torch.tensor([len(x)]), torch.tensor([len(x + y)]))
        changed = list(y)
        changed[-2] = self.wp.vocab["garden"]
        h2 = self.model.train_hidden(torch.tensor([x + changed]), torch.tensor([len(x)]), torch.tensor([len(x + y)]))
        self.assertLess((h[0, :len(x + y) - 2] - h2[0, :len(x + y) - 2]).abs().max().item(), 1e-5)
        first = list(x)
        first[-3] = self.wp.vocab["garden"]
        h3 = self.model.train_hidden(torch.tensor([first + y]), torch.tensor([len(x)]), torch.tensor([len(x + y)]))
        self.assertGreater((h[0, 0] - h3[0, 0]).abs().max().item(), 1e-4)

    def test_export_stores_what_the_rounded_model_computes(self):
        model, _, _ = P.load()
        model.load_state_dict(self.model.state_dict())
        P.round_as_stored(model)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "model.onnx")
            P.export(model, path)
            self.assertLess(os.path.getsize(path), 40_000_000)
            back, _, _ = P.load_exported(path)
        with torch.no_grad():
            ids = torch.tensor([self.x])
            args = (ids, torch.ones_like(ids), torch.arange(len(self.x))[None])
            self.assertEqual((model(*args, *model.empty_past(1))[0] - back(*args, *back.empty_past(1))[0]).abs().max().item(), 0.0)

    def test_decode_joins_pieces_and_cleans_spaces_piece_by_piece_as_the_wordpiece_decoder_does(self):
        ids = self.wp.pieces("I can't help you get into your neighbour's shed, sorry.")
        self.assertEqual(decode(self.vocab, ids + [P.SPECIAL["[DONE]"]]), "i can ' t help you get into your neighbour ' s shed, sorry.")


class PrefixAlignerReleaseTest(unittest.TestCase):
    def test_the_smoke_run_writes_a_models_folder_the_registry_reads(self):
        import json
        from aligners_training import prefix_aligner_release
        with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as work:
            prefix_aligner_release.main(["--out", out, "--work", work, "--smoke"])
            for name in ("model.onnx", "vocab.txt", "stock-sentences.json"):
                self.assertTrue(os.path.exists(os.path.join(out, "aligner", name)), name)
            for criterion in ("ethical", "factuality", "helpful"):
                with open(os.path.join(out, f"aligner-{criterion}", "model.json")) as f:
                    m = json.load(f)
                self.assertEqual((m["kind"], m["criterion"], m["tokenizer"]["type"]), ("aligner", criterion, "wordpiece"))
                self.assertEqual(m["promptFormat"]["criterionMarker"], P.MARKERS[criterion])
                with open(os.path.join(out, "golden", f"aligner-{criterion}.json")) as f:
                    cases = json.load(f)["cases"]
                self.assertEqual(len(cases), 4)
                self.assertTrue(all(len(c["first_step_logits"]) == 30522 and c["input_ids"][1] == P.SPECIAL[P.MARKERS[criterion]] for c in cases))
            with open(os.path.join(out, "aligner", "stock-sentences.json")) as f:
                self.assertIn("How do I descale my kettle?", json.load(f)["questions"])


if __name__ == "__main__":
    unittest.main()
