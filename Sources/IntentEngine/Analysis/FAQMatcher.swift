import Commerce
import TurkishText

/// Finds the shop's FAQ entry a question means, by overlap of content words (folded, suffix- and
/// typo-tolerant), not by exact text.
struct FAQMatcher: Sendable {
    struct Entry: Sendable {
        var index: Int
        var keys: [String]
        /// `keys` as UTF-8, for `same` without converting them on every question.
        var bytes: [[UInt8]]
        /// `Typo.letterMask` of each key.
        var masks: [UInt64]
        /// Where the entry's keys start among all entries' keys, the columns of `best`'s match table.
        var firstColumn: Int
    }
    let entries: [Entry]
    /// All entries' keys together: the width of `best`'s match table.
    let columnCount: Int

    init(faq: [FAQEntry], analyzer: Analyzer) {
        var column = 0
        entries = faq.enumerated().map { i, e in
            let keys = Self.contentKeys(analyzer.analyze(e.q).map(\.token.key))
            defer { column += keys.count }
            return Entry(index: i, keys: keys, bytes: keys.map { Array($0.utf8) }, masks: keys.map { Typo.letterMask($0.utf8) },
                         firstColumn: column)
        }
        columnCount = column
    }

    static func contentKeys(_ keys: [String]) -> [String] {
        var seen = Set<String>()
        return keys.filter { k in isContentKey(k) && seen.insert(k).inserted }
    }

    /// A word that can tell FAQ questions apart (not a stop, question or generic FAQ word).
    static func isContentKey(_ k: String) -> Bool { isContentKey(k, classes: WordClass.of(k)) }

    /// `isContentKey` of a key whose word classes are already looked up.
    static func isContentKey(_ k: String, classes: WordClass) -> Bool {
        k.utf8.count > 1 && classes.isDisjoint(with: .notFAQContent)
    }

    /// Two words mean the same here when equal, when one extends the other by suffixes (four letters in
    /// common at least), when they share a stem of five letters, or when they differ by a typo.
    static func same(_ a: String, _ b: String) -> Bool {
        same(a, Array(a.utf8), b, Array(b.utf8))
    }

    /// `same(a, b)` given their UTF-8 bytes `x` and `y`.
    static func same(_ a: String, _ x: [UInt8], _ b: String, _ y: [UInt8]) -> Bool {
        same(a, x, Typo.letterMask(x), b, y, Typo.letterMask(y))
    }

    /// `same(a, b)` given their UTF-8 bytes and letter masks: the masks rule most typos out unmeasured.
    static func same(_ a: String, _ x: [UInt8], _ maskA: UInt64, _ b: String, _ y: [UInt8], _ maskB: UInt64) -> Bool {
        if a == b { return true }
        var common = 0
        while common < x.count, common < y.count, x[common] == y[common] { common += 1 }
        let shorter = min(x.count, y.count)
        if common == shorter, shorter >= 4 { return true }
        if common >= 5 { return true }
        if shorter >= 5, abs(x.count - y.count) <= 1 {
            let allowed = EditDistance.allowedTypos(forLength: shorter)
            return Typo.mayBeWithin(allowed, maskA, maskB) && Typo.distance(x, y[...], limit: allowed) <= allowed
        }
        return false
    }

    /// The best entry for the utterance and its similarity (0…1), or nil when nothing overlaps.
    /// When the customer is shopping ("iphone var mı"), words naming what the shop sells (`isProductTerm`)
    /// are the product, not the question, and do not count.
    func best(for u: Utterance, isProductTerm: (Int) -> Bool) -> (index: Int, similarity: Double)? {
        if entries.isEmpty { return nil }
        let shopping = u.score(.shopping) >= 0.5 || u.score(.price) >= 0.5 || u.score(.stock) >= 0.6
        // The content words, each once, before the words naming the product are set aside: the question's
        // words are those of them that remain. A question has a handful of words, so plain arrays replace sets.
        // The utterance's arrays, read once: each read through the utterance retains and releases its array.
        let tokens = u.tokens, smallTalk = u.smallTalk, sizeIndices = u.sizeIndices, classes = u.classes
        let consumed = u.consumed
        var keys: [String] = []
        var keyOfToken = [Int](repeating: -1, count: tokens.count)
        for i in tokens.indices where !smallTalk[i] && !sizeIndices.contains(i) {
            let key = tokens[i].token.key
            if !Self.isContentKey(key, classes: classes[i]) { continue }
            if let k = keys.firstIndex(of: key) { keyOfToken[i] = k } else { keyOfToken[i] = keys.count; keys.append(key) }
        }
        if keys.isEmpty { return nil }

        // Which entry words each word means (`same` is symmetric), worked out once for both directions
        // of the overlap. Row k, then entry after entry, its words in order.
        let keyBytes = keys.map { Array($0.utf8) }
        let keyMasks = keyBytes.map { Typo.letterMask($0) }
        let width = columnCount
        var means = [Bool](repeating: false, count: keys.count * width)
        var anyMeaning = false
        for k in keys.indices {
            var column = k * width
            for entry in entries {
                for f in entry.keys.indices {
                    if Self.same(keys[k], keyBytes[k], keyMasks[k], entry.keys[f], entry.bytes[f], entry.masks[f]) {
                        means[column] = true
                        anyMeaning = true
                    }
                    column += 1
                }
            }
        }
        // No word means any entry's word: no entry overlaps, whichever words name the product.
        if !anyMeaning { return nil }

        // Shopping, a word naming what the shop sells is the product, not the question.
        var isUserKey = [Bool](repeating: false, count: keys.count)
        var userKeyCount = 0
        for i in tokens.indices where keyOfToken[i] >= 0 && !isUserKey[keyOfToken[i]] {
            if shopping, !consumed[i], isProductTerm(i) { continue }
            isUserKey[keyOfToken[i]] = true
            userKeyCount += 1
        }
        if userKeyCount == 0 { return nil }
        // Whether a key only names the product: some unexplained token of it is a product word. Asking
        // the catalogue costs the most here, so it is asked only for keys an entry matches.
        var productKey = [UInt8](repeating: 0, count: keys.count)   // 0 not asked, 1 no, 2 yes
        func isProductKey(_ k: Int) -> Bool {
            if productKey[k] == 0 {
                var found = false
                for i in tokens.indices where keyOfToken[i] == k && !consumed[i] && isProductTerm(i) {
                    found = true
                    break
                }
                productKey[k] = found ? 2 : 1
            }
            return productKey[k] == 2
        }
        var best: (Int, Double)?
        for entry in entries {
            if entry.keys.isEmpty { continue }
            let columns = entry.firstColumn..<(entry.firstColumn + entry.keys.count)
            var userHits = 0
            // Sharing only the product's name ("iphone 15" and "iPhone'lar garantili mi?") is not the same question.
            var onlyProduct = true
            for k in keys.indices where isUserKey[k] && columns.contains(where: { means[k * width + $0] }) {
                userHits += 1
                if onlyProduct, shopping || !isProductKey(k) { onlyProduct = false }
            }
            if onlyProduct { continue }
            var faqHits = 0
            for c in columns where keys.indices.contains(where: { isUserKey[$0] && means[$0 * width + c] }) {
                faqHits += 1
            }
            let sim = 0.6 * Double(userHits) / Double(userKeyCount) + 0.4 * Double(faqHits) / Double(entry.keys.count)
            if sim > (best?.1 ?? 0) { best = (entry.index, sim) }
        }
        return best
    }
}
