#!/usr/bin/env bash
# Stemmer agreement on real treebank nouns: stem(form) == stem(lemma), and the share of stems under three letters.
# Evaluates the fixture in Tests/TurkishTextTests/Fixtures (UD Turkish, CC BY-SA 4.0, rows only in tr_imst left
# out) and, when the shared UD table is present, all six treebanks including tr_imst.
# Builds TurkishText alone in a small package under the scratch path, so other modules never get in the way.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCRATCH="${SCRATCH_PATH:-$ROOT/.build-text}"
PKG="$SCRATCH/lemma-eval-package"
mkdir -p "$PKG/Sources/LemmaEval"
ln -sfn "$ROOT/Sources/TurkishText" "$PKG/Sources/TurkishText"
ln -sfn "$ROOT/Sources/CICU" "$PKG/Sources/CICU"
ln -sfn "$ROOT/scripts/lemma_eval/main.swift" "$PKG/Sources/LemmaEval/main.swift"
cat > "$PKG/Package.swift" <<'SWIFT'
// swift-tools-version:6.1
import PackageDescription
let package = Package(
    name: "LemmaEval",
    targets: [
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]),
        .target(name: "TurkishText", dependencies: ["CICU"]),
        .executableTarget(name: "LemmaEval", dependencies: ["TurkishText"]),
    ]
)
SWIFT
swift build -c release --package-path "$PKG" --product LemmaEval >/dev/null
BIN="$(swift build -c release --package-path "$PKG" --show-bin-path)/LemmaEval"
FILES=("$ROOT/Tests/TurkishTextTests/Fixtures/ud_turkish_noun_lemmas.tsv")
SHARED="${UD_LEMMAS:-/work/shared/data/ud-turkish-lemmas/ud_turkish_noun_propn_adj_types.tsv}"
if [[ -f "$SHARED" ]]; then
    python3 "$ROOT/scripts/lemma_fixture.py" "$SHARED" "$SCRATCH/ud_all_treebanks.tsv" --all-treebanks
    FILES+=("$SCRATCH/ud_all_treebanks.tsv")
fi
"$BIN" "${FILES[@]}"
