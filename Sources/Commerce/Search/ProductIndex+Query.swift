import TurkishText

/// One word (or kind phrase) of a query, resolved to the index terms that can cover it.
struct QueryTerm: Sendable {
    /// The word as the customer meant it (after typo correction), for debugging.
    var text: String
    /// Index terms that cover this word, with how well (1 exact, 0.95 same stem, 0.85 recognised ending…).
    var candidates: [(id: Int32, quality: Double)]
    /// IDF-like weight: rare words count more than the shop's everyday words.
    var weight: Double
    /// Set when the word names a kind of product ("kulaklık", "cep telefonu").
    var isKind: Bool
    /// Letters the customer got wrong.
    var edits: Int
}

/// The customer's words after stop words, typos and kind phrases were dealt with.
struct AnalysedQuery: Sendable {
    var terms: [QueryTerm]
    /// Words no product has, even allowing for typos: nothing can match them.
    var unknown: [String]
    /// Descriptive words the shop never uses ("yazlık"), let go because the kind asked for is sold.
    var droppedDescriptions: [String] = []
    /// The head noun of the query: the last kind word ("iphone kılıfı" → kılıf).
    var head: QueryTerm? { terms.last(where: \.isKind) }
}

extension ProductIndex {
    /// Resolves the words of `text` against this shop's vocabulary.
    func analyse(_ text: String) -> AnalysedQuery {
        analyse(analyzer.analyze(text))
    }

    /// `analyse(text)` of the text whose analysed tokens are `tokens`.
    func analyse(_ tokens: [AnalyzedToken]) -> AnalysedQuery {
        struct Word { var key: String; var stem: String; var kind: Token.Kind; var edits: Int }
        var words: [Word] = []
        var unknown: [String] = []
        var descriptive: [String] = []
        for a in tokens {
            let key = a.token.key
            if QueryLexicon.stopWords.contains(key) { continue }
            if a.token.kind != .word {
                if termIDs[key] != nil || a.token.kind == .number {
                    words.append(Word(key: key, stem: key, kind: a.token.kind, edits: 0))
                } else {
                    // "144hz" against "144 Hz": look for the letter and digit runs separately.
                    let runs = Morphology.runs(key)
                    if runs.count > 1 && runs.allSatisfy({ termIDs[$0] != nil }) {
                        for r in runs { words.append(Word(key: r, stem: r, kind: r.first!.isNumber ? .number : .word, edits: 0)) }
                    } else {
                        words.append(Word(key: key, stem: key, kind: a.token.kind, edits: 0))
                    }
                }
                continue
            }
            if isKnownWord(key, stem: a.stem) {
                words.append(Word(key: key, stem: a.stem, kind: .word, edits: 0))
            } else if Morphology.looksLikeVerb(key) {
                continue
            } else if let fix = correction(for: key) {
                words.append(Word(key: fix.word, stem: analyzer.stemmer.stem(fix.word), kind: .word, edits: fix.edits))
            } else {
                words.append(Word(key: key, stem: a.stem, kind: .word, edits: 0))
            }
        }

        // "65 inç", "256 gb": a number and its unit are one term when the catalogue writes them so (65", 256GB).
        var merged: [Word] = []
        for w in words {
            if let last = merged.last, last.kind == .number, w.kind == .word {
                let unit = CatalogueLexicon.unitSpellings[w.key] ?? w.key
                if CatalogueLexicon.units.contains(unit), termIDs[last.key + unit] != nil {
                    merged[merged.count - 1] = Word(key: last.key + unit, stem: last.key + unit, kind: .alphanumeric, edits: 0)
                    continue
                }
            }
            merged.append(w)
        }
        words = merged
        let keys = words.map(\.key)
        let found = kinds.mentions(in: keys)
        var terms: [QueryTerm] = []
        var i = 0
        var m = 0
        while i < words.count {
            if m < found.count && found[m].start == i {
                let mention = found[m]
                let group = kinds.groups[mention.group]
                let edits = words[mention.start..<mention.end].reduce(0) { $0 + $1.edits }
                var candidates: [(id: Int32, quality: Double)] = []
                if let t = termIDs[KindMatcher.term(group.canonical)], !postings[Int(t)].isEmpty { candidates.append((t, 1.0)) }
                if candidates.isEmpty {
                    unknown.append(keys[mention.start..<mention.end].joined(separator: " "))
                } else {
                    terms.append(QueryTerm(text: group.canonical, candidates: candidates, weight: weight(candidates), isKind: true, edits: edits))
                }
                i = mention.end; m += 1
                continue
            }
            let w = words[i]
            let candidates = resolve(w.key, stem: w.stem, kind: w.kind)
            if candidates.isEmpty && w.kind == .word && Morphology.isDescriptive(w.key) {
                descriptive.append(w.key)
            } else if candidates.isEmpty {
                unknown.append(w.key)
            } else {
                terms.append(QueryTerm(text: w.key, candidates: candidates, weight: weight(candidates), isKind: false, edits: w.edits))
            }
            i += 1
        }
        // "yazlık elbise", "çiçekli elbise": when the shop has the kind but no word for the description,
        // the kind is still worth showing (as nearest results); without a kind the description is the question.
        if terms.contains(where: \.isKind) {
            return AnalysedQuery(terms: terms, unknown: unknown, droppedDescriptions: descriptive)
        }
        return AnalysedQuery(terms: terms, unknown: unknown + descriptive)
    }

    /// Index terms covering one query word.
    func resolve(_ key: String, stem: String, kind: Token.Kind) -> [(id: Int32, quality: Double)] {
        var out: [(id: Int32, quality: Double)] = []
        func add(_ term: String, _ q: Double) {
            if let t = termIDs[term], !postings[Int(t)].isEmpty, !out.contains(where: { $0.id == t }) { out.append((t, q)) }
        }
        add(key, 1.0)
        guard kind == .word else { return out }
        if stem != key { add(stem, 0.95) }
        if out.isEmpty, let base = inflectedBase(key, stem: stem) { add(base, 0.85) }
        if let colour = colourWords[key] { add("#" + colour, 0.9) }
        return out
    }

    /// `inflectionBase(of:)` when the stemmer, reading the Turkish endings, gets back to that word or
    /// further: "ayakabı" is not "ayak" + an ending but a misspelt "ayakkabı", left to the typo search.
    func inflectedBase(_ key: String, stem: String) -> String? {
        guard let base = inflectionBase(of: key), stem.utf8.count <= base.utf8.count else { return nil }
        return base
    }

    /// The longest catalogue word that `key` is an inflected form of ("elbiseleriniz" → "elbise").
    func inflectionBase(of key: String) -> String? {
        if key.utf8.allSatisfy({ $0 < 0x80 }) { return asciiInflectionBase(of: key) }
        let chars = Array(key)
        guard chars.count > 4 else { return nil }
        for n in stride(from: chars.count - 1, through: max(3, chars.count - 8), by: -1) {
            let p = String(chars[0..<n])
            for base in [p, Morphology.hardened(p)].compactMap({ $0 }) {
                if let t = termIDs[base], !postings[Int(t)].isEmpty, Morphology.isInflection(key, of: base) { return base }
            }
        }
        return nil
    }

    /// `inflectionBase(of:)` of an ASCII key: the same prefixes, in the same order, cut from its bytes.
    private func asciiInflectionBase(of key: String) -> String? {
        guard key.utf8.count > 4 else { return nil }
        func isBase(_ base: String) -> Bool {
            if let t = termIDs[base], !postings[Int(t)].isEmpty, Morphology.isInflection(key, of: base) { return true }
            return false
        }
        // The key's own bytes, read in place: every prefix is cut from them without copying them first.
        var contiguous = key
        return contiguous.withUTF8 { bytes -> String? in
            for n in stride(from: bytes.count - 1, through: max(3, bytes.count - 8), by: -1) {
                let p = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<n]), as: UTF8.self)
                if isBase(p) { return p }
                guard let hard = Morphology.hardened(byte: bytes[n - 1]) else { continue }
                let h = String(unsafeUninitializedCapacity: n) { out in
                    for i in 0..<(n - 1) { out[i] = bytes[i] }
                    out[n - 1] = hard
                    return n
                }
                if isBase(h) { return h }
            }
            return nil
        }
    }

    /// True when the shop knows the word as it is, by its stem, as an inflection or as a kind word.
    func isKnownWord(_ key: String, stem: String) -> Bool {
        termIDs[key] != nil || termIDs[stem] != nil || colourWords[key] != nil || inflectedBase(key, stem: stem) != nil
            || kinds.match([key], at: 0, bases: kinds.bases(of: key)) != nil
            || kinds.byFirstWord[key] != nil
    }

    /// The closest vocabulary word within the allowed edits (the most common one among equals).
    func correction(for key: String) -> (word: String, edits: Int)? {
        let found = typos.candidates(for: key) { self.termStrings[Int($0)] }
        guard let best = found.first else { return nil }
        // One closest word (the usual case) needs no ranking among equals.
        if found.count == 1 || found[1].edits != best.edits { return (termStrings[Int(best.id)], best.edits) }
        // Among the closest: the commoner word, then the one that keeps more of the typed word's
        // start (people slip late in a word more than early), then the alphabetically first, so
        // every instance corrects the same way whatever order the index was built in.
        let keyBytes = Array(key.utf8)
        func sharedStart(_ word: String) -> Int {
            zip(keyBytes, word.utf8).prefix { $0 == $1 }.count
        }
        let ranked = found.filter { $0.edits == best.edits }.map { c in
            (id: c.id, word: termStrings[Int(c.id)], uses: postings[Int(c.id)].count)
        }
        let pick = ranked.max { a, b in
            if a.uses != b.uses { return a.uses < b.uses }
            let (sa, sb) = (sharedStart(a.word), sharedStart(b.word))
            if sa != sb { return sa < sb }
            return a.word > b.word
        }!
        return (pick.word, best.edits)
    }

    func weight(_ candidates: [(id: Int32, quality: Double)]) -> Double {
        let df = candidates.map { postings[Int($0.id)].count }.max() ?? 0
        return max(0.1, log(1 + Double(products.count) / Double(max(df, 1))))
    }

    /// Products whose model code or SKU is written in `text` ("82XB009GTX", "MW0W3TU/A").
    func codeMatches(_ text: String) -> [Int32] {
        var out: [Int32] = []
        for c in IndexBuilder.codeKeys(in: text) {
            if let hits = codes[c] { out.append(contentsOf: hits) }
        }
        // Folding keeps every ASCII letter and digit as one byte of the key, so a text with more of them
        // than the longest code has a key no code has: a sentence is not folded and looked up whole.
        if Self.asciiAlphanumerics(text, atMost: longestCode) <= longestCode, mayHaveCodeKey(text) {
            let whole = IndexBuilder.codeKey(text)
            if whole.count >= 3, let hits = codes[whole] { out.append(contentsOf: hits) }
        }
        if out.count <= 1 { return out }
        return Array(Set(out)).sorted()
    }

    /// False when `IndexBuilder.codeKey(text)` is surely no key of `codes`. The key of ASCII text is its
    /// letters and digits, lowercased, so its filter slot is found from the text's own bytes.
    func mayHaveCodeKey(_ text: String) -> Bool {
        var hash = CodeFilter.start
        for b in text.utf8 {
            if b >= 0x80 { return true }
            if (b >= 48 && b <= 57) || (b >= 97 && b <= 122) {
                hash = CodeFilter.mix(hash, b)
            } else if b >= 65 && b <= 90 {
                hash = CodeFilter.mix(hash, b + 32)
            }
        }
        let slot = CodeFilter.slot(finishing: hash)
        return codeFilter[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    /// The ASCII letters and digits of `text`, counted up to one past `limit`.
    static func asciiAlphanumerics(_ text: String, atMost limit: Int) -> Int {
        var n = 0
        for b in text.utf8 where (b >= 48 && b <= 57) || (b | 0x20 >= 97 && b | 0x20 <= 122) {
            n += 1
            if n > limit { break }
        }
        return n
    }

    /// `isProductTerm(stem)` when it is known without analysing the word (the catalogue's own plain
    /// words were settled when the index was built); nil otherwise.
    public func knownProductTerm(_ stem: String) -> Bool? {
        // A plain lowercase word is its own folded key.
        if IndexBuilder.isPlainWord(stem) { return plainWordAnswer(stem) }
        // `isProductTerm` of any other stem is that of its folded key ("kulaklık" → "kulaklik").
        let key = Folding.key(stem)
        return IndexBuilder.isPlainWord(key) ? plainWordAnswer(key) : nil
    }

    /// The answer settled at build time for a plain word, if it is a term with one.
    @inline(__always)
    private func plainWordAnswer(_ word: String) -> Bool? {
        guard let t = termIDs[word] else { return nil }
        let known = plainWordAnswers[Int(t)]
        return known == 0 ? nil : known == 2
    }

    /// True when `stem` names something this shop sells (a product noun, brand, model word), allowing endings and typos.
    public func isProductTerm(_ stem: String) -> Bool {
        // Everything below depends on the folded key alone, and a plain key is its own folded key, so
        // the answer settled for a plain key is the answer for every stem folding to it.
        let plain = IndexBuilder.isPlainWord(stem)
        if plain, let known = plainWordAnswer(stem) { return known }
        // A plain word is its own folded key.
        let key = plain ? stem : Folding.key(stem)
        let keyIsPlain = plain || IndexBuilder.isPlainWord(key)
        if !plain, keyIsPlain, let known = plainWordAnswer(key) { return known }
        if QueryLexicon.stopWords.contains(key) { return false }
        // A plain word is one token, its own text and key: analysed without segmenting it.
        let analysed = keyIsPlain
            ? analyse([AnalyzedToken(token: Token(text: key, key: key, kind: .word), stem: analyzer.stemmer.stem(key))])
            : analyse(key)
        return analysed.unknown.isEmpty && !analysed.terms.isEmpty
    }
}

import Foundation
