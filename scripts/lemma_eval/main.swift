// Stemmer agreement on real treebank nouns; run through scripts/lemma_eval.sh.
import Foundation
import TurkishText

/// Stemmer agreement on inflected nouns: stem(form) == stem(lemma), and how many stems are shorter than three letters.
func runLemmaEvaluation(path: String) {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { print("cannot read \(path)"); exit(1) }
    let analyzer = Analyzer(protectedWords: [])
    func stems(_ s: String) -> String { analyzer.analyze(s).map(\.stem).joined(separator: " ") }

    /// `short`: stems under three letters. Each is either over-stripped (the lemma's own stem is
    /// longer) or the correct stem of a lemma that is itself one or two letters or a number (ev, su,
    /// tv, 5'ten): no stemmer can make those longer without being wrong.
    struct Tally {
        var rows = 0, agree = 0, tokens = 0, agreeTokens = 0, short = 0, overStripped = 0, shortLemmaRows = 0
    }
    var filtered = Tally(), all = Tally()
    var perTreebank: [String: Tally] = [:]
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    lines.removeFirst()  // header
    for line in lines {
        let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard f.count >= 6 else { continue }
        let count = Int(f[3]) ?? 1
        let formStem = stems(f[0])
        let lemmaStem = stems(f[1])
        let agrees = formStem == lemmaStem
        let short = formStem.count < 3
        let shortLemma = lemmaStem.count < 3
        func add(_ t: inout Tally) {
            t.rows += 1; t.tokens += count
            if agrees { t.agree += 1; t.agreeTokens += count }
            if short { t.short += 1; if !shortLemma { t.overStripped += 1 } }
            if shortLemma { t.shortLemmaRows += 1 }
        }
        add(&all)
        if f[5] == "1" {
            add(&filtered)
            for treebank in f[4].split(separator: ",") { add(&perTreebank[String(treebank), default: Tally()]) }
        }
    }
    func pct(_ a: Int, _ b: Int) -> String { String(format: "%.2f %%", b == 0 ? 0 : 100 * Double(a) / Double(b)) }
    print("lemma evaluation: \(path)")
    print("nouns with inflection-only features, form = lemma + inflection (\(filtered.rows) types, \(filtered.tokens) tokens):")
    print("  stem(form) == stem(lemma): \(pct(filtered.agree, filtered.rows)) of types, \(pct(filtered.agreeTokens, filtered.tokens)) of tokens")
    let longLemmaRows = filtered.rows - filtered.shortLemmaRows
    print("  over-stripped: stems shorter than 3 letters whose lemma's stem is 3 or longer: \(pct(filtered.overStripped, longLemmaRows)) of the \(longLemmaRows) types with such lemmas (\(filtered.overStripped))")
    print("  stems shorter than 3 letters, all types: \(pct(filtered.short, filtered.rows)) (\(filtered.short)); the other \(filtered.short - filtered.overStripped) have lemmas that are themselves 1-2 letters or numbers (ev, su, tv, 5'ten)")
    for (name, t) in perTreebank.sorted(by: { $0.key < $1.key }) {
        print("    \(name.padding(toLength: 11, withPad: " ", startingAt: 0)) \(pct(t.agree, t.rows)) of \(t.rows) types")
    }
    print("all nouns with inflection-only features, derivation included (\(all.rows) types):")
    print("  stem(form) == stem(lemma): \(pct(all.agree, all.rows)) of types, \(pct(all.agreeTokens, all.tokens)) of tokens")
}

guard CommandLine.arguments.count >= 2 else { print("usage: LemmaEval FILE..."); exit(2) }
for (n, path) in CommandLine.arguments.dropFirst().enumerated() {
    if n > 0 { print("") }
    runLemmaEvaluation(path: path)
}
