import Foundation
import Testing
@testable import IntentEngine

/// Voice-assistant utterances from Amazon MASSIVE (tr-TR): outside a shop's business, the bot must not
/// pretend they are product or policy questions.
@Suite struct OffDomainTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/data/massive-tr-subset/massive_tr_test_subset.csv")

    @Test
    func offDomainUtterancesGoToTheLLM() throws {
        guard let engine = RepoShops.engine("elektronik-dunyasi") else { Issue.record("shop missing"); return }
        let lines = try String(contentsOf: Self.file, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        var total = 0, unknown = 0, wrongProducts = 0
        var misses: [String: Int] = [:]
        var examples: [String] = []
        for line in lines {
            let cols = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 4 else { continue }
            let utterance = cols[1], intent = cols[2]
            // Take-away order questions resemble order-status questions; greetings are small talk.
            if intent.hasPrefix("takeaway") || intent == "general_greet" { continue }
            total += 1
            let r = engine.reply(to: utterance, state: ConversationState())
            if r.intent == .unknown { unknown += 1; continue }
            misses[r.intent.rawValue, default: 0] += 1
            if !r.products.isEmpty { wrongProducts += 1 }
            if examples.count < 40 { examples.append("\(utterance) → \(r.intent.rawValue) \(r.products.first?.name.prefix(40) ?? "")") }
        }
        let rate = Double(unknown) / Double(max(1, total))
        print("off-domain: \(unknown)/\(total) unknown (\(String(format: "%.3f", rate))), shown products on \(wrongProducts), others: \(misses)")
        for e in examples { print("  OFF " + e) }
        #expect(rate >= 0.6)
        #expect(Double(wrongProducts) / Double(max(1, total)) <= 0.1)
    }
}
