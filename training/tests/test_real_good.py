"""The helpful pairs in the shapes good answers take outside the project: short facts, Markdown,
clarifying questions, courtesy to rude users, worked sums, corrections and short poems are good,
and the same prompts' non-answers are bad, in a layout both classes share."""
import os
import random
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from aligners_training.pairs import real_good, real_replies  # noqa: E402
from tests.test_real_pairs import SPLITS, split_by_hash  # noqa: E402


def generate(make, seed=11):
    out = {s: [] for s in SPLITS}
    make(random.Random(seed), split_by_hash, out)
    return [r for rows in out.values() for r in rows]


def markdown(text):
    return bool(re.search(r"(^|\n)(\d+\.|-) ", text))


class RealGoodTest(unittest.TestCase):
    def test_a_bare_fact_is_good_and_every_answer_without_it_is_bad(self):
        rows = generate(real_good.fact_questions)
        self.assertGreater(len(rows), 500)
        for prompt, answer, label in rows:
            if label == 1:
                self.assertLessEqual(len(answer.split()), 12, answer)
            else:
                self.assertTrue(any(b.lower()[1:] in answer.lower() for b in real_good.FACT_BAD), answer)
        by_prompt = {}
        for prompt, _, label in rows:
            by_prompt.setdefault(prompt, set()).add(label)
        self.assertTrue(all(labels == {0, 1} for labels in by_prompt.values()))

    def test_markdown_is_as_common_in_bad_answers_as_in_good_ones(self):
        rows = generate(real_good.layout) + generate(real_good.vague_topics)
        share = [sum(markdown(r[1]) for r in rows if r[2] == label) / sum(1 for r in rows if r[2] == label) for label in (0, 1)]
        self.assertGreater(min(share), 0.2, share)
        self.assertLess(abs(share[0] - share[1]), 0.25, share)

    def test_a_vague_or_dismissive_answer_names_the_topic_and_is_bad(self):
        rows = generate(real_good.vague_topics)
        fragments = [max(re.split(r"\{[xX]\}", v), key=len) for v in real_good.VAGUE + real_good.DISMISS]
        vague = [r for r in rows if any(f in r[1] for f in fragments)]
        self.assertTrue(vague)
        self.assertEqual({r[2] for r in vague}, {0})


class RealRepliesTest(unittest.TestCase):
    def test_a_clarifying_question_is_good_only_after_a_request_that_leaves_something_out(self):
        rows = generate(real_replies.clarify)
        unclear = {ask for ask, _ in real_replies.UNCLEAR}
        self.assertEqual({r[0] for r in rows}, unclear)
        for prompt, answer, label in rows:
            self.assertEqual(label, 0 if answer in real_replies.UNCLEAR_BAD else 1, answer)

    def test_courtesy_to_a_rude_user_is_good_and_rudeness_back_is_bad(self):
        rows = generate(real_replies.rude_users)
        self.assertTrue(any(p in real_replies.BARE_INSULTS for p, _, _ in rows))
        for prompt, answer, label in rows:
            if answer in real_replies.RUDE_BACK:
                self.assertEqual(label, 0)
            if answer in real_replies.SORRY_OFFERS:
                self.assertEqual(label, 1)

    def test_a_worked_sum_ends_in_the_right_result_in_bold(self):
        rows = [r for r in generate(real_replies.working) if r[2] == 1]
        self.assertTrue(rows)
        for prompt, answer, _ in rows:
            tip = re.match(r"What's a (\d+)% tip on a \$([\d,.]+) bill\?", prompt)
            if tip:
                expected = float(tip[1]) * float(tip[2].replace(",", "")) / 100
                self.assertIn(f"**${expected:,.2f}**", answer)
            self.assertRegex(answer, r"\*\*\$[\d,.]+( each)?\*\*")

    def test_a_correction_names_the_capital_the_knowledge_gives(self):
        capitals = {c["country"]: c["capital"] for c in real_good._load("capitals", "countries") if c.get("capital")}
        for prompt, answer, label in generate(real_replies.corrections):
            if label == 1:
                country = re.search(r"capital of (.+?) is ", prompt)[1]
                self.assertIn(f"is {capitals[country]}, not", answer)

    def test_a_poem_when_one_is_asked_is_good_and_facts_about_the_form_are_not(self):
        for prompt, answer, label in generate(real_replies.creative):
            self.assertEqual(label, 1 if answer.count("\n") == 2 else 0, answer)


if __name__ == "__main__":
    unittest.main()
