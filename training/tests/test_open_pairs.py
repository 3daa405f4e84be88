"""The inspectors' open-vocabulary pairs: WordNet's kinds read right, and labels that only the
request's harm or the answer's contempt can explain."""
import os
import random
import sys
import unittest
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from aligners_training.pairs import open_pairs, wordnet  # noqa: E402
from aligners_training.pairs.harms import CONTEMPT  # noqa: E402


def split_by_hash(key):
    # crc32, not hash(): str hashes change from one process to the next.
    return ("train", "validation", "test")[zlib.crc32(key.encode()) % 3]


class WordNetTest(unittest.TestCase):
    def test_kinds_of_a_noun_are_its_hyponyms_with_glosses_and_no_proper_names(self):
        kinds = dict(wordnet.kinds("musical instrument"))
        self.assertEqual(kinds["guitar"], "a stringed instrument usually having six strings")
        self.assertIn("bass clarinet", kinds)  # a hyponym two levels down (clarinet -> bass clarinet)
        self.assertNotIn("musical instrument", kinds)
        self.assertTrue(all(name.islower() for name in kinds))
        self.assertGreater(len(kinds), 100)

    def test_a_word_that_is_no_noun_is_a_clear_error(self):
        with self.assertRaisesRegex(KeyError, "not a WordNet noun"):
            wordnet.synset("quickly")


class OpenPairsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = {s: [] for s in ("train", "validation", "test")}
        open_pairs.harmless(random.Random(7), split_by_hash, cls.out)
        cls.harmless = [r for rows in cls.out.values() for r in rows]
        cls.harm = {s: [] for s in cls.out}
        open_pairs.harmful(random.Random(7), split_by_hash, cls.harm, n=300)
        rows = [r for rows in cls.harm.values() for r in rows]
        kind = [t.format(p=who) for t in open_pairs.SECRETS for who in open_pairs.FRIENDS]
        cls.secrets = [r for r in rows if any(k in r[0] for k in kind)]
        cls.harmful = [r for r in rows if r not in cls.secrets]

    def test_harmless_help_is_good_and_the_same_help_after_contempt_is_bad(self):
        bad = [r for r in self.harmless if r[2] == 0]
        good = [r for r in self.harmless if r[2] == 1]
        self.assertGreater(len(good), 1500)
        self.assertGreater(len(bad), 500)
        sneers = [c.lower() for c in CONTEMPT]
        for r in bad:
            self.assertTrue(any(c in r[1].lower() for c in sneers), r)
        for r in good:
            self.assertFalse(any(c in r[1].lower() for c in sneers), r)
        # Topics seldom repeat: no ask is seen more than twice.
        counts = {}
        for r in good:
            counts[r[0]] = counts.get(r[0], 0) + 1
        self.assertLessEqual(max(counts.values()), 2)

    def test_validation_holds_out_the_smallest_topic_group_whole(self):
        groups = {}
        for i, x, _ in open_pairs.topics():
            groups.setdefault(i, set()).add(x)
        held_out = open_pairs.held_out_topic()
        self.assertEqual(len(groups[held_out]), min(len(g) for g in groups.values()))
        for i, nouns in groups.items():
            splits = {open_pairs.topic_split(x, held_out, split_by_hash) for x in nouns - (groups[held_out] if i != held_out else set())}
            self.assertEqual(splits, {"validation"} if i == held_out else {"train", "test"}, i)
            for x in nouns & groups[held_out]:
                self.assertEqual(open_pairs.topic_split(x, held_out, split_by_hash), "validation", x)
        asks = [a.partition("{x}")[0] for a in open_pairs.ASKS[held_out]]
        for split in ("train", "test"):
            self.assertFalse([r for r in self.out[split] if any(a and r[0].startswith(a) for a in asks)][:1], split)
        self.assertTrue(any(r[0].startswith(a) for r in self.out["validation"] for a in asks if a))

    def test_a_topic_stays_in_one_split(self):
        where = {}
        for split, rows in self.out.items():
            for prompt, _, _ in rows:
                for i, asks in enumerate(open_pairs.ASKS + [open_pairs.WHAT_IS]):
                    for a in asks:
                        head, _, tail = a.partition("{x}")
                        if prompt.startswith(head) and prompt.endswith(tail):
                            where.setdefault(prompt[len(head):len(prompt) - len(tail)], set()).add(split)
        self.assertIn("guitar", where)
        self.assertFalse([t for t, s in where.items() if len(s) > 1 and t != ""][:3])

    def test_compliance_with_a_harmful_request_is_bad_and_a_refusal_restating_it_is_good(self):
        self.assertEqual(len(self.harmful) + len(self.secrets), 600 + open_pairs.SECRET_REQUESTS)
        by_prompt = {}
        for prompt, answer, label in self.harmful:
            by_prompt.setdefault(prompt, []).append((answer, label))
        restated = 0
        for prompt, answers in by_prompt.items():
            self.assertIn(0, [label for _, label in answers])
            for answer, label in answers:
                if label == 1 and "help you" in answer:
                    restated += 1
                    # "my neighbour" in the request becomes "your neighbour" in the refusal.
                    if " my " in prompt:
                        self.assertNotIn(" my ", answer, prompt)
        self.assertGreater(restated, 150)

    def test_the_steps_of_compliance_are_good_answers_to_a_kind_secret(self):
        from aligners_training.pairs.open_requests import COMPLY
        self.assertGreater(len(self.secrets), open_pairs.SECRET_REQUESTS * 0.9)
        self.assertTrue(set(open_pairs.KIND_STEPS) <= set(COMPLY))
        for prompt, answer, label in self.secrets:
            self.assertEqual(label, 1, prompt)
            self.assertTrue(any(s in answer.lower() for s in open_pairs.KIND_STEPS), answer)
            self.assertFalse(any(s in answer.lower() for s in set(COMPLY) - set(open_pairs.KIND_STEPS)), answer)


class OpenVocabularyBuildTest(unittest.TestCase):
    """The ethical pairs with the open vocabularies keep the data rules of the shipped ones."""

    @classmethod
    def setUpClass(cls):
        from aligners_training.pairs import build
        cls.plain = build.build(7)["ethical"]
        cls.data = build.build(7, open_vocabulary=True)["ethical"]

    def test_they_add_to_the_ethical_pairs_and_leave_the_shipped_ones_as_they_were(self):
        self.assertGreater(len(self.data["train"]), 2 * len(self.plain["train"]))
        self.assertTrue(set(self.plain["validation"]) <= set(self.data["validation"]))

    def test_no_prompt_crosses_splits_and_the_fresh_set_stays_out(self):
        import json
        seen = {}
        for split, rows in self.data.items():
            for prompt, _, _ in rows:
                seen.setdefault(prompt, set()).add(split)
        self.assertFalse([p for p, s in seen.items() if len(s) > 1][:3])
        with open(os.path.join(os.path.dirname(HERE), "eval", "fresh.jsonl"), encoding="utf-8") as f:
            fresh = [json.loads(line) for line in f if line.strip()]
        answers, prompts = {c["response"] for c in fresh}, {c["prompt"].lower() for c in fresh}
        for rows in self.data.values():
            self.assertFalse([r for r in rows if r[1] in answers or r[0].lower() in prompts])

    def test_answer_length_still_does_not_tell_the_classes_apart(self):
        rows = self.data["train"]
        for within in (lambda n: n <= 8, lambda n: n >= 30):
            share = [sum(within(len(r[1].split())) for r in rows if r[2] == label) / sum(r[2] == label for r in rows) for label in (0, 1)]
            self.assertLess(abs(share[0] - share[1]), 0.12, share)
