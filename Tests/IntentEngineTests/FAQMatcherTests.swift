import Commerce
import Foundation
import Testing
@testable import IntentEngine

/// The FAQ matcher against its plain definition: the overlap of the question's content words (those naming
/// the product set aside when shopping) with each entry's words, in both directions.
@Suite struct FAQMatcherTests {
    /// The definition, word pair by word pair.
    static func reference(_ m: FAQMatcher, _ u: Utterance, isProductTerm: (Int) -> Bool) -> (index: Int, similarity: Double)? {
        if m.entries.isEmpty { return nil }
        let shopping = u.score(.shopping) >= 0.5 || u.score(.price) >= 0.5 || u.score(.stock) >= 0.6
        var userKeys: [String] = []
        for i in u.tokens.indices where !u.smallTalk[i] && !u.sizeIndices.contains(i) {
            let key = u.tokens[i].token.key
            if !FAQMatcher.isContentKey(key) { continue }
            if shopping, !u.consumed[i], isProductTerm(i) { continue }
            if !userKeys.contains(key) { userKeys.append(key) }
        }
        if userKeys.isEmpty { return nil }
        func isProductKey(_ key: String) -> Bool {
            u.tokens.indices.contains { i in
                !u.smallTalk[i] && !u.sizeIndices.contains(i) && !u.consumed[i] && u.tokens[i].token.key == key && isProductTerm(i)
            }
        }
        var best: (Int, Double)?
        for entry in m.entries where !entry.keys.isEmpty {
            let userMatched = userKeys.filter { k in entry.keys.contains { FAQMatcher.same(k, $0) } }
            if userMatched.allSatisfy({ !shopping && isProductKey($0) }) { continue }
            let faqHits = entry.keys.filter { f in userKeys.contains { FAQMatcher.same(f, $0) } }.count
            let sim = 0.6 * Double(userMatched.count) / Double(userKeys.count) + 0.4 * Double(faqHits) / Double(entry.keys.count)
            if sim > (best?.1 ?? 0) { best = (entry.index, sim) }
        }
        return best
    }

    @Test(arguments: ["elektronik-dunyasi", "moda-butik"])
    func bestEqualsTheDefinition(shop id: String) throws {
        let engine = try #require(RepoShops.engine(id))
        let faq = engine.shop.config.faq
        #expect(!faq.isEmpty)
        var questions = faq.map(\.q)
        // The FAQ questions reworded, mixed with product words, and the eval dialogues' messages.
        questions += faq.map { $0.q.split(separator: " ").dropFirst().joined(separator: " ") + " iphone" }
        questions += faq.map { "kulaklık " + $0.q.split(separator: " ").prefix(2).joined(separator: " ") + " fiyatı" }
        let cases = DialogueRunner.loadCases(RepoShops.root.appendingPathComponent("eval/dialogues.jsonl"))
        for d in cases {
            for turn in d["turns"] as? [[String: Any]] ?? [] { if let user = turn["user"] as? String { questions.append(user) } }
        }
        var matched = 0
        for q in questions {
            let u = engine.analyzer.analyze(q, isProductTerm: { engine.shop.index.isProductTerm($0) })
            let isProduct: (Int) -> Bool = { engine.rules.isProductTerm(u.tokens[$0]) }
            let got = engine.rules.faq.best(for: u, isProductTerm: isProduct)
            let want = Self.reference(engine.rules.faq, u, isProductTerm: isProduct)
            #expect(got?.index == want?.index && got?.similarity == want?.similarity, "\(q)")
            if want != nil { matched += 1 }
        }
        #expect(matched >= faq.count)
    }
}
