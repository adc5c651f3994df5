import Foundation
import Testing
@testable import IntentEngine

/// The shared dialogue cases of eval/dialogues.jsonl, driven through the engine with the repository's shops.
@Suite struct SharedDialogueTests {
    @Test func everyNonProductTurnPasses() throws {
        let cases = DialogueRunner.loadCases(RepoShops.root.appendingPathComponent("eval/dialogues.jsonl"))
        #expect(cases.count >= 50)
        #expect(RepoShops.shops.count == 2)
        let outcomes = DialogueRunner.run(cases, engines: { id, _ in RepoShops.engine(id) })
        let other = outcomes.filter { !$0.isProductTurn }
        let product = outcomes.filter(\.isProductTurn)
        let otherPassed = other.filter { $0.failures.isEmpty }.count
        let productPassed = product.filter { $0.failures.isEmpty }.count
        let productIntent = product.filter { !$0.failures.contains { $0.hasPrefix("intent") } }.count
        print("shared dialogues: non-product turns \(otherPassed)/\(other.count), product turns \(productPassed)/\(product.count) (intent right \(productIntent)/\(product.count))")
        for o in outcomes where !o.failures.isEmpty {
            print("  \(o.isProductTurn ? "P" : "N") \(o.dialogue)#\(o.turn) \(o.user) → \(o.intent): \(o.failures.joined(separator: "; "))")
        }
        for o in other { #expect(o.failures.isEmpty, "\(o.dialogue)#\(o.turn) \(o.user): \(o.failures)") }
    }
}
