#!/usr/bin/env bash
# Stemmer agreement on real treebank nouns: stem(form) == stem(lemma) and the share of stems under three letters.
# Uses the fixture in Tests/TurkishTextTests/Fixtures (UD Turkish, CC BY-SA 4.0, tr_imst-only rows left out);
# when the shared UD table is present, also evaluates all six treebanks including tr_imst.
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH="${SCRATCH_PATH:-.build-text}"
swift build -c release --scratch-path "$SCRATCH" --product BotBench >/dev/null
BENCH="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/BotBench"
"$BENCH" text lemmas Tests/TurkishTextTests/Fixtures/ud_turkish_noun_lemmas.tsv
SHARED="${UD_LEMMAS:-/work/shared/data/ud-turkish-lemmas/ud_turkish_noun_propn_adj_types.tsv}"
if [[ -f "$SHARED" ]]; then
    mkdir -p "$SCRATCH"
    python3 scripts/lemma_fixture.py "$SHARED" "$SCRATCH/ud_all_treebanks.tsv" --all-treebanks
    echo
    "$BENCH" text lemmas "$SCRATCH/ud_all_treebanks.tsv"
fi
