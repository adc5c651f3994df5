import Commerce
import TurkishText

/// Finds the shop's FAQ entry a question means, by overlap of content words (folded, suffix- and
/// typo-tolerant), not by exact text.
struct FAQMatcher: Sendable {
    struct Entry: Sendable {
        var index: Int
        var keys: [String]
    }
    let entries: [Entry]

    init(faq: [FAQEntry], analyzer: Analyzer) {
        entries = faq.enumerated().map { i, e in
            Entry(index: i, keys: Self.contentKeys(analyzer.analyze(e.q).map(\.token.key)))
        }
    }

    static func contentKeys(_ keys: [String]) -> [String] {
        var seen = Set<String>()
        return keys.filter { k in
            !WordLists.stopwords.contains(k) && !WordLists.questionWords.contains(k) && !WordLists.faqGeneric.contains(k)
                && seen.insert(k).inserted
        }
    }

    /// Two words mean the same here when equal, when one extends the other by suffixes (four letters
    /// in common at least), or within the typo allowance.
    static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.utf8.count <= b.utf8.count ? (a, b) : (b, a)
        if short.utf8.count >= 4, long.hasPrefix(short) { return true }
        if short.utf8.count >= 5 {
            let stem = Array(short.utf8)
            let allowed = EditDistance.allowedTypos(forLength: stem.count)
            let other = Array(long.utf8)
            let lo = max(1, stem.count - allowed), hi = min(other.count, stem.count + allowed)
            if lo <= hi {
                for length in lo...hi where Typo.distance(stem, other[0..<length], limit: allowed) <= allowed { return true }
            }
        }
        return false
    }

    /// The best entry for the utterance and its similarity (0…1), or nil when nothing overlaps.
    func best(for u: Utterance) -> (index: Int, similarity: Double)? {
        if entries.isEmpty { return nil }
        var keys: [String] = []
        for (i, t) in u.tokens.enumerated() where !u.smallTalk[i] && !u.sizeIndices.contains(i) {
            keys.append(t.token.key)
        }
        let userKeys = Self.contentKeys(keys)
        if userKeys.isEmpty { return nil }
        var best: (Int, Double)?
        for entry in entries where !entry.keys.isEmpty {
            let userHits = userKeys.filter { k in entry.keys.contains { Self.same(k, $0) } }.count
            if userHits == 0 { continue }
            let faqHits = entry.keys.filter { k in userKeys.contains { Self.same(k, $0) } }.count
            let sim = 0.6 * Double(userHits) / Double(userKeys.count) + 0.4 * Double(faqHits) / Double(entry.keys.count)
            if sim > (best?.1 ?? 0) { best = (entry.index, sim) }
        }
        return best
    }
}
