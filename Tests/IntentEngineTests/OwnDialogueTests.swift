import Commerce
import Foundation
import Testing
@testable import IntentEngine

/// The engine's own multi-turn dialogues: every context rule, offers, ordinals, sizes, idle expiry.
@Suite struct OwnDialogueTests {
    static func engine(_ id: String, _ settings: [String: Any]) -> ConversationEngine? {
        guard id == "fixture" else { return RepoShops.engine(id) }
        var c = ConversationSettings()
        if let n = settings["offer_turns"] as? Int { c.offerTurns = n }
        if let n = settings["idle_minutes"] as? Int { c.idleMinutes = n }
        return FixtureShop.engine(settings: c)
    }

    @Test func everyTurnPasses() {
        let cases = OwnDialogues.jsonl.split(separator: "\n").compactMap { line -> [String: Any]? in
            let l = line.trimmingCharacters(in: .whitespaces)
            return l.hasPrefix("{") ? (try? JSONSerialization.jsonObject(with: Data(l.utf8))) as? [String: Any] : nil
        }
        #expect(cases.count >= 40)
        let outcomes = DialogueRunner.run(cases, engines: Self.engine)
        let passed = outcomes.filter { $0.failures.isEmpty }.count
        print("own dialogues: \(cases.count) dialogues, \(passed)/\(outcomes.count) turns pass")
        for o in outcomes where !o.failures.isEmpty {
            #expect(o.failures.isEmpty, "\(o.dialogue)#\(o.turn) \(o.user) → \(o.intent): \(o.failures)")
        }
    }
}
