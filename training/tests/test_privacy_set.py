"""The privacy detectors' labelled set: the generator reproduces the committed file, with fake values only."""
import json
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
TRAINING = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TRAINING, "privacy"))

import make_privacy_set  # noqa: E402

COMMITTED = os.path.join(TRAINING, "eval", "privacy.jsonl")
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example")


class PrivacySetTest(unittest.TestCase):
    def test_the_generator_reproduces_the_committed_set_byte_for_byte(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "privacy.jsonl")
            make_privacy_set.build(out)
            with open(out, "rb") as a, open(COMMITTED, "rb") as b:
                self.assertEqual(a.read(), b.read())

    def test_every_e_mail_address_is_on_a_reserved_domain_and_every_value_stands_in_its_text(self):
        with open(COMMITTED, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]
        self.assertGreaterEqual(sum(1 for r in rows if r["entities"]), 300)
        self.assertGreaterEqual(sum(1 for r in rows if not r["entities"]), 300)
        for row in rows:
            for entity in row["entities"]:
                self.assertIn(entity["value"], row["text"], row["id"])
                if entity["type"] == "email":
                    self.assertTrue(entity["value"].lower().endswith(RESERVED_DOMAINS), entity["value"])


if __name__ == "__main__":
    unittest.main()
