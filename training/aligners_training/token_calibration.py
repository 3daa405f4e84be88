"""The bundled token inspectors' thresholds, calibrated the way the encoder inspectors' are: on the
validation split of the criterion's pairs (`pairs/build.py`, answers phrased like real ones), the
highest threshold that flags at most 5% of its good answers. The template split the model was
trained on says little about answers unlike the templates: there the factuality model's good and
wrong answers score alike (validation AUROC about 0.6), so a threshold of 0.5 flagged half of the
good ones. Test and fresh-set figures are measured after the threshold is set, for the report only.
"""
import json
import os

import numpy as np

from . import train_inspector
from .inspector_common import calibrate, fresh_rows, metrics
from .pairs.build import build


def calibrate_inspector(model, sp, criterion, max_len, smoke=False):
    """{threshold, validation, test, fresh} of one token inspector on its criterion's pairs."""
    data = build()[criterion]

    def measured(rows, threshold=None):
        rows = rows[:200] if smoke else rows
        scores = np.array(train_inspector.score(model, sp, [(p, a) for p, a, _ in rows], max_len))
        labels = np.array([label for _, _, label in rows])
        t = calibrate(scores, labels) if threshold is None else threshold
        return t, metrics(scores, labels, t)

    threshold, validation = measured(data["validation"])
    return {"threshold": threshold, "calibratedOn": "validation split of pairs/build.py", "validation": validation,
            "test": measured(data["test"], threshold)[1], "fresh": measured(fresh_rows(criterion), threshold)[1]}


def write(manifest_file, report):
    """Records the threshold and its figures in the token inspector's manifest."""
    with open(manifest_file) as f:
        manifest = json.load(f)
    manifest["threshold"] = report["threshold"]
    manifest["metrics"] = {**{k: v for k, v in manifest["metrics"].items() if k != "pairs"}, "pairs": report}
    tmp = manifest_file + ".tmp"
    with open(tmp, "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    os.replace(tmp, manifest_file)
