"""The bring-your-own test models: rebuilt from their committed tokenizer files, they come out byte-identical."""
import contextlib
import io
import os
import shutil
import tempfile
import unittest

from aligners_training import byo

COMMITTED = os.path.join(os.path.dirname(__file__), "..", "byo", "models")


class ByoModelsTest(unittest.TestCase):
    def test_rebuild_from_tokenizer_files_reproduces_committed_models(self):
        with tempfile.TemporaryDirectory() as out:
            for name in sorted(os.listdir(COMMITTED)):
                os.makedirs(os.path.join(out, name))
                for f in ("tokenizer.json", "vocab.txt", "golden.json"):
                    if os.path.exists(os.path.join(COMMITTED, name, f)):
                        shutil.copy(os.path.join(COMMITTED, name, f), os.path.join(out, name, f))
            with contextlib.redirect_stdout(io.StringIO()):
                byo.main(out)
            for name in sorted(os.listdir(COMMITTED)):
                for f in ("model.onnx", "model.json", "golden.json"):
                    with open(os.path.join(COMMITTED, name, f), "rb") as a, open(os.path.join(out, name, f), "rb") as b:
                        self.assertEqual(a.read(), b.read(), f"{name}/{f} differs from the rebuilt one")


if __name__ == "__main__":
    unittest.main()
