"""Build kg/lang/id/common_words.txt: Indonesian words that are (almost) never proper nouns.

Read from the MIT-licensed Indonesian POS corpus (../shared/data/id-pos, © kumparan.com):
a word counts as common when it occurs at least MIN_COUNT times and is tagged NNP in
under MAX_NNP_SHARE of them. The name finder uses the list to drop a capitalised
sentence-initial word ("Artikel Putin …", "Agenda hari Rabu …") from a name.

    python scripts/build_common_words.py [CORPUS] [OUT]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

MIN_COUNT = 3
MAX_NNP_SHARE = 0.1
ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared/data/id-pos/dataset_postag.txt"
    out = Path(argv[2]) if len(argv) > 2 else ROOT / "kg/lang/id/common_words.txt"
    total: Counter[str] = Counter()
    proper: Counter[str] = Counter()
    for line in corpus.read_text(encoding="utf-8").splitlines():
        word, _, tag = line.partition("\t")
        if not tag or not word.isalpha():
            continue
        low = word.lower()
        total[low] += 1
        if tag.strip() == "NNP":
            proper[low] += 1
    words = sorted(w for w, n in total.items() if n >= MIN_COUNT and proper[w] / n < MAX_NNP_SHARE)
    header = (
        "# Indonesian words that are almost never proper nouns (one per line).\n"
        f"# Derived by scripts/build_common_words.py from the id-pos corpus (nlp-id 0.1.23.0,\n"
        "# MIT licence, Copyright (c) kumparan.com): at least "
        f"{MIN_COUNT} occurrences, NNP share under {MAX_NNP_SHARE}.\n"
    )
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} common words -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
