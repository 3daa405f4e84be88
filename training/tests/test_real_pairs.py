"""The pairs written like answers from outside the project: labels that only the request and the
answer's substance explain, families kept within one split, and the rest of the data untouched."""
import os
import random
import sys
import unittest
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from aligners_training.pairs import real_pairs  # noqa: E402
from tests import test_pipeline  # noqa: E402
from aligners_training.pairs.real_harms import CLEAN_JOKES, FAMILIES, GROUP_JOKES, JOKE_GROUPS, WOMEN_JOKES  # noqa: E402
from aligners_training.pairs.real_topics import DEPENDS, REFUSE, RUDE, TOPICS  # noqa: E402

SPLITS = ("train", "validation", "test")


def split_by_hash(key):
    # crc32, not hash(): str hashes change from one process to the next.
    return SPLITS[zlib.crc32(key.encode()) % 3]


def generate(criterion, seed=7):
    out = {s: [] for s in SPLITS}
    keys = {}

    def split_of(key):
        split = split_by_hash(key)
        keys.setdefault(key, set()).add(split)
        return split

    getattr(real_pairs, criterion)(random.Random(seed), split_of, out)
    return out, keys


def rows_of(out):
    return [r for rows in out.values() for r in rows]


def starts(text, prefixes):
    """Whether `text`, after the shared opening the pairs may add, begins with one of `prefixes`."""
    low = text.lower()
    return any(p.lower()[:25] in low for p in prefixes)


class RealPairsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ethical, _ = generate("ethical")
        cls.helpful, _ = generate("helpful")
        cls.e, cls.h = rows_of(cls.ethical), rows_of(cls.helpful)

    def test_same_seed_same_pairs_and_another_seed_other_pairs(self):
        self.assertEqual(generate("ethical", 7)[0], self.ethical)
        self.assertNotEqual(generate("helpful", 8)[0], self.helpful)

    def test_no_prompt_crosses_splits(self):
        for rows in (self.ethical, self.helpful):
            seen = {}
            for split, pairs in rows.items():
                for prompt, _, _ in pairs:
                    seen.setdefault(prompt, set()).add(split)
            self.assertFalse([p for p, s in seen.items() if len(s) > 1][:3])

    def test_both_labels_are_well_represented_and_every_split_has_some(self):
        for name, out in (("ethical", self.ethical), ("helpful", self.helpful)):
            rows = rows_of(out)
            good = sum(r[2] for r in rows) / len(rows)
            self.assertTrue(0.3 < good < 0.75, f"{name}: {good:.2f} good")
            for split in SPLITS:
                self.assertTrue({0, 1} <= {r[2] for r in out[split]}, f"{name} {split}")

    def test_a_forged_letter_is_bad_and_the_same_letter_for_its_real_issuer_is_good(self):
        letters = [r for r in self.e if "to whom it may concern" in r[1].lower() or "dear sir or madam" in r[1].lower()]
        bad = [r for r in letters if r[2] == 0]
        good = [r for r in letters if r[2] == 1]
        self.assertGreater(len(bad), 40)
        self.assertGreater(len(good), 15)
        for r in bad:
            self.assertTrue(any(w in r[0].lower() for w in ("fake", "look official", "looks like it came", "as if it was", "never actually")), r[0])
        for r in good:
            self.assertTrue(r[0].startswith(("I'm ", "As ", "Could you draft")), r[0])
        # The helpful inspector never learns a forged letter as good or bad: it isn't its criterion.
        self.assertFalse([r for r in self.h if "to whom it may concern" in r[1].lower() and r[2] == 0])

    def test_jokes_at_a_group_s_expense_are_bad_and_harmless_jokes_for_the_same_ask_are_good(self):
        demeaning = [j.format(n=n)[1:30] for j in GROUP_JOKES for n in JOKE_GROUPS] + [j[1:30] for j in WOMEN_JOKES]
        jokes = [r for r in self.e if "joke" in r[0].lower()]
        for r in jokes:
            if r[2] == 0:
                self.assertTrue(any(d in r[1] for d in demeaning), r)
            else:
                self.assertTrue(any(c[1:] in r[1] for c in CLEAN_JOKES), r)
                self.assertFalse(any(d in r[1] for d in demeaning), r)
        asked = {r[0] for r in jokes if r[2] == 0} & {r[0] for r in jokes if r[2] == 1}
        self.assertGreater(len(asked), 30)

    def test_rudeness_to_the_user_is_bad_for_both_criteria_and_the_same_answer_without_it_is_good(self):
        for name, rows in (("ethical", self.e), ("helpful", self.h)):
            rude = [r for r in rows if any(r[1].startswith(x.strip()) for x in RUDE)]
            self.assertGreater(len(rude), 100, name)
            self.assertEqual({r[2] for r in rude}, {0}, name)
        for topic in TOPICS:
            short = topic.casual[1:30].lower()
            for rows in (self.e, self.h):
                self.assertTrue([r for r in rows if r[2] == 1 and short in r[1].lower()], topic.id)
                self.assertTrue([r for r in rows if r[2] == 0 and short in r[1].lower()], topic.id)

    def test_refusing_or_hedging_a_harmless_request_is_unhelpful_but_not_unethical(self):
        for prefixes in (REFUSE, DEPENDS):
            helpful = [r for r in self.h if starts(r[1], [p.split("{")[0] for p in prefixes if p.split("{")[0].strip()])]
            ethical = [r for r in self.e if starts(r[1], [p.split("{")[0] for p in prefixes if p.split("{")[0].strip()])]
            harmful_asks = {a for f in FAMILIES for a in f.asks}
            self.assertTrue(helpful and ethical)
            self.assertEqual({r[2] for r in helpful if r[0] not in harmful_asks}, {0})
            self.assertEqual({r[2] for r in ethical}, {1})

    def test_a_polite_refusal_of_a_harmful_request_is_good_for_both_and_compliance_bad_for_ethical(self):
        for family in FAMILIES:
            for ask in family.asks:
                e = [r for r in self.e if r[0] == ask]
                h = [r for r in self.h if r[0] == ask]
                self.assertTrue(any(r[2] == 0 for r in e) and any(r[2] == 1 for r in e), ask)
                self.assertTrue(h and all(r[2] == 1 for r in h), ask)
                for r in e:
                    self.assertEqual(r[2], 0 if any(c[1:40] in r[1] for c in family.comply) else 1, r)

    def test_educational_answers_on_a_harm_s_topic_are_good_for_both(self):
        for family in FAMILIES:
            for ask, answer in family.learn:
                for rows in (self.e, self.h):
                    self.assertTrue([r for r in rows if r[0] == ask and answer[1:40] in r[1] and r[2] == 1], ask)


class RealAnswersBuildTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from aligners_training.pairs import build
        cls.without = build.build(7)
        cls.data = build.build(7, real_answers=True)

    def test_they_add_to_ethical_and_helpful_and_leave_the_other_pairs_as_they_were(self):
        for criterion in ("ethical", "helpful"):
            for split in SPLITS:
                self.assertTrue(set(self.without[criterion][split]) <= set(self.data[criterion][split]), (criterion, split))
            self.assertGreater(len(self.data[criterion]["train"]), len(self.without[criterion]["train"]) + 500)
        self.assertEqual(self.without["factuality"], self.data["factuality"])


class RealAnswersDataRulesTest(test_pipeline.EncoderInspectorDataTest):
    """The data rules of the pairs that ship (no prompt across splits, the fresh set kept out, the
    same openings and answer lengths for both classes) hold with the real-answer pairs added."""

    @classmethod
    def setUpClass(cls):
        from aligners_training.pairs import build
        cls.data = build.build(7, real_answers=True)


if __name__ == "__main__":
    unittest.main()
