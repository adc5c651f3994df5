import Foundation
import Testing
@testable import IntentEngine

/// Intent accuracy on the labelled utterance table.
@Suite struct IntentAccuracyTests {
    static func state(_ context: Character) -> ConversationState {
        switch context {
        case "i": return FixtureShop.afterInfo
        case "l": return FixtureShop.afterList()
        case "o": return FixtureShop.afterList(offer: true)
        default: return ConversationState()
        }
    }

    @Test func tableHasEnoughRowsForEveryIntent() {
        let rows = UtteranceTable.parsed
        #expect(rows.count >= 250)
        let covered = Set(rows.map(\.intent))
        for intent in Intent.allCases { #expect(covered.contains(intent.rawValue), "no rows for \(intent)") }
    }

    @Test func accuracyIsAtLeast97Percent() {
        let engine = FixtureShop.engine()
        var wrong: [String] = []
        let rows = UtteranceTable.parsed
        for row in rows {
            let r = engine.reply(to: row.utterance, state: Self.state(row.context), now: FixtureShop.now)
            if r.intent.rawValue != row.intent { wrong.append("[\(row.context)] \(row.utterance): want \(row.intent), got \(r.intent.rawValue)") }
        }
        let accuracy = Double(rows.count - wrong.count) / Double(rows.count)
        print("intent accuracy \(rows.count - wrong.count)/\(rows.count) = \(String(format: "%.3f", accuracy))")
        for w in wrong { print("  MISS " + w) }
        #expect(accuracy >= 0.97)
    }
}
