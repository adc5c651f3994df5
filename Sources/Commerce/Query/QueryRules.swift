import TurkishText

/// Price bounds: "5000 TL altı", "10 bin TL'den ucuz", "2000 TL'ye kadar", "20000 ile 30000 TL arası", "en fazla 3000".
enum PriceRule {
    struct Mention {
        var value: Double
        var start: Int
        var end: Int  // exclusive
        var currency: Bool
        /// Case ending of the price phrase ("den", "ye", "lik").
        var ending: String
        var multiplier: Double
    }

    static func apply(_ tokens: inout [QueryToken], _ query: inout ProductQuery) {
        let found = mentions(tokens)
        var k = 0
        while k < found.count {
            let a = found[k]
            if k + 1 < found.count, let close = range(a, found[k + 1], tokens) {
                let b = found[k + 1]
                var lo = a.value, hi = b.value
                // "15 ile 25 bin arası": the multiplier of the second end applies to both.
                if a.multiplier == 1 && b.multiplier > 1 && lo * b.multiplier <= hi { lo *= b.multiplier }
                if lo > hi { swap(&lo, &hi) }
                query.priceMin = lo; query.priceMax = hi
                for i in a.start..<close { tokens[i].used = true }
                k += 2
                continue
            }
            if let (isMax, first, last) = bound(a, tokens) {
                if isMax == nil {
                    query.priceMin = a.value * 0.8; query.priceMax = a.value * 1.2
                } else if isMax == true {
                    query.priceMax = a.value
                } else {
                    query.priceMin = a.value
                }
                for i in first..<last { tokens[i].used = true }
            }
            k += 1
        }
    }

    /// Numbers with their multiplier and currency words.
    static func mentions(_ t: [QueryToken]) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        while i < t.count {
            guard let n = t[i].number, !t[i].used else { i += 1; continue }
            var m = Mention(value: n, start: i, end: i + 1, currency: false, ending: t[i].suffix ?? "", multiplier: 1)
            if m.end < t.count, let (factor, ending) = multiplier(t[m.end]) {
                m.value *= factor; m.multiplier = factor; m.ending = ending; m.end += 1
            }
            if m.end < t.count, let ending = currency(t[m.end]) {
                m.currency = true; m.ending = ending; m.end += 1
            }
            out.append(m)
            i = m.end
        }
        return out
    }

    /// "bin", "binden", "milyon": the factor and the case ending.
    static func multiplier(_ t: QueryToken) -> (Double, String)? {
        for (word, factor) in QueryLexicon.multipliers {
            if t.key == word { return (factor, t.suffix ?? "") }
            if word.count >= 3, t.key.hasPrefix(word), isCaseEnding(String(t.key.dropFirst(word.count))) {
                return (factor, String(t.key.dropFirst(word.count)))
            }
        }
        return nil
    }

    /// "TL", "TL'den", "liradan", "liralık": the case ending after the currency.
    static func currency(_ t: QueryToken) -> String? {
        for word in ["tl", "try", "trl", "lira"] {
            if t.key == word { return t.suffix ?? "" }
            if t.key.hasPrefix(word) {
                let rest = String(t.key.dropFirst(word.count))
                if isCaseEnding(rest) { return rest }
            }
        }
        return nil
    }

    static func isCaseEnding(_ s: String) -> Bool {
        isAblative(s) || isDative(s) || isAround(s) || ["nin", "nın", "in", "ın", "de", "da", "te", "ta"].contains(s)
    }
    static func isAblative(_ s: String) -> Bool { ["den", "dan", "ten", "tan", "nden", "ndan"].contains(s) }
    static func isDative(_ s: String) -> Bool { ["e", "a", "ye", "ya", "ne", "na"].contains(s) }
    static func isAround(_ s: String) -> Bool { s.hasPrefix("lik") || s.hasPrefix("luk") }

    /// The end (exclusive) of a range phrase made of `a` and `b`, if they form one.
    static func range(_ a: Mention, _ b: Mention, _ t: [QueryToken]) -> Int? {
        let between = t[a.end..<b.start]
        let joiner = between.count == 1 && QueryLexicon.rangeJoiners.contains(between.first!.key)
        guard joiner || (between.isEmpty && isAblative(a.ending)) else { return nil }
        if b.end < t.count && QueryLexicon.rangeCues.contains(t[b.end].key) { return b.end + 1 }
        if b.end < t.count && t[b.end].key == "kadar" && isDative(b.ending) { return b.end + 1 }
        if isAblative(a.ending) && isDative(b.ending) { return b.end }
        if between.first?.key == "-" && (a.currency || b.currency) { return b.end }
        return nil
    }

    /// One-sided bound: (true = max, false = min, nil = around), and the tokens it spans.
    static func bound(_ a: Mention, _ t: [QueryToken]) -> (Bool?, Int, Int)? {
        let next = a.end < t.count && !t[a.end].used ? t[a.end].key : ""
        let after = next.isEmpty ? a.end : a.end + 1
        if QueryLexicon.maxCues.contains(next) && (next != "kadar" || isDative(a.ending) || a.currency) { return (true, a.start, after) }
        if isAblative(a.ending) && QueryLexicon.maxAblativeCues.contains(next) { return (true, a.start, after) }
        if isAblative(a.ending) && QueryLexicon.minAblativeCues.contains(next) { return (false, a.start, after) }
        if QueryLexicon.minCues.contains(next) { return (false, a.start, after) }
        if ["civari", "civarinda", "civarlarinda", "gibi", "civarlari"].contains(next) { return (nil, a.start, after) }
        if isAround(a.ending) { return (nil, a.start, a.end) }
        for cue in QueryLexicon.maxPrefixCues where precedes(cue, a.start, t) { return (true, a.start - cue.count, a.end) }
        for cue in QueryLexicon.minPrefixCues where precedes(cue, a.start, t) { return (false, a.start - cue.count, a.end) }
        if a.currency { return (true, a.start, a.end) }  // "3000 TL kulaklık": the customer's budget
        return nil
    }

    static func precedes(_ cue: [String], _ i: Int, _ t: [QueryToken]) -> Bool {
        guard i >= cue.count else { return false }
        return zip(cue, t[(i - cue.count)..<i]).allSatisfy { $0 == $1.key && !$1.used }
    }
}

/// "en ucuz", "en pahalı", "en uygun fiyatlı", "ucuzdan pahalıya".
enum SortRule {
    /// Cheapest and dearest phrases, longest first.
    static let phrases = (QueryLexicon.cheapestPhrases.map { ($0, SortOrder.priceAscending) }
        + QueryLexicon.dearestPhrases.map { ($0, SortOrder.priceDescending) })
        .sorted { $0.0.count > $1.0.count }

    static func apply(_ tokens: inout [QueryToken], _ query: inout ProductQuery) {
        // Indexed loops rather than a zip over slices: every phrase is tried at every position.
        for (phrase, order) in phrases where phrase.count <= tokens.count {
            for i in 0...(tokens.count - phrase.count) {
                var matches = true
                for k in phrase.indices where tokens[i + k].used || !tokens[i + k].starts(with: phrase[k]) {
                    matches = false
                    break
                }
                if matches {
                    query.sort = order
                    for j in i..<(i + phrase.count) { tokens[j].used = true }
                    return
                }
            }
        }
    }
}

/// "38 numara", "M beden", "beden: L", "M bedeni".
enum SizeRule {
    static func apply(_ tokens: inout [QueryToken], _ query: inout ProductQuery) {
        for i in tokens.indices where !tokens[i].used && QueryLexicon.sizeCues.contains(tokens[i].key) {
            if i > 0, !tokens[i - 1].used, let s = size(tokens[i - 1]) {
                query.size = s; tokens[i - 1].used = true; tokens[i].used = true; return
            }
            if i + 1 < tokens.count, !tokens[i + 1].used, let s = size(tokens[i + 1]) {
                query.size = s; tokens[i + 1].used = true; tokens[i].used = true; return
            }
        }
    }

    static func size(_ t: QueryToken) -> String? {
        if let n = t.number, n == n.rounded(), n >= 15, n <= 60 { return String(Int(n)) }
        if let letter = CatalogueLexicon.letterSizes[t.key] { return letter }
        return nil
    }
}

/// Colour words ("kırmızı", "lacivert", "siyahı", "açık mavi") become the colour wish.
enum ColourRule {
    static let words: [(key: String, canonical: String)] = CatalogueLexicon.colours.flatMap { canonical, list in
        list.compactMap { w -> (String, String)? in
            let keys = Tokenizer.tokens(w).map(\.key)
            return keys.count == 1 ? (keys[0], canonical) : nil
        }
    }.sorted { $0.0.count > $1.0.count }
    /// `words` by key (the first canonical of a key, as the ordered search found it).
    static let exact = Dictionary(words.map { ($0.key, $0.canonical) }, uniquingKeysWith: { first, _ in first })
    /// The colour words long enough to be recognised with endings, in the order of `words`, with their
    /// first byte when ASCII: an ASCII key inflects a word only if it starts with the same letter.
    static let inflectable: [(key: String, canonical: String, asciiFirst: UInt8?)] = words.filter { $0.key.count >= 5 }.map { w in
        (w.key, w.canonical, w.key.utf8.allSatisfy { $0 < 0x80 } ? w.key.utf8.first : nil)
    }

    static func apply(_ tokens: inout [QueryToken], _ query: inout ProductQuery) {
        for i in tokens.indices where !tokens[i].used && tokens[i].number == nil {
            guard let c = colour(tokens[i].key) else { continue }
            query.colour = c
            tokens[i].used = true
            if i > 0 && QueryLexicon.colourShades.contains(tokens[i - 1].key) { tokens[i - 1].used = true }
            return
        }
    }

    /// The canonical colour a word names: exactly, or inflected when the colour word is long enough
    /// to be unambiguous ("kırmızısı", "siyahı"; but "kremi" is a cream, not a colour).
    static func colour(_ key: String) -> String? {
        if let canonical = exact[key] { return canonical }
        let first = key.utf8.allSatisfy { $0 < 0x80 } ? key.utf8.first : nil
        for (w, canonical, wFirst) in inflectable {
            if let first, let wFirst, first != wFirst { continue }
            if Morphology.isInflection(key, of: w, maxEnding: 4) { return canonical }
        }
        return nil
    }
}
