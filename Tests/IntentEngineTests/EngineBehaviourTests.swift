import Commerce
import Foundation
import Testing
@testable import IntentEngine

/// State handling, the LLM path and honesty about missing shop data.
@Suite struct EngineBehaviourTests {
    let engine = FixtureShop.engine()
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func stateRoundTripsThroughJSON() throws {
        var s = engine.reply(to: "kulaklık", state: ConversationState(), now: t0).state
        s = engine.reply(to: "ikincisi", state: s, now: t0 + 10).state
        let data = try JSONEncoder().encode(s)
        let back = try JSONDecoder().decode(ConversationState.self, from: data)
        #expect(back == s)
        #expect(back.turns == 2)
        #expect(back.focusProductID == s.shownProductIDs[1])
    }

    @Test func olderStoredStateStillDecodes() throws {
        let old = #"{"turns": 3, "shownProductIDs": ["P1"], "history": []}"#
        let s = try JSONDecoder().decode(ConversationState.self, from: Data(old.utf8))
        #expect(s.turns == 3)
        #expect(s.shownProductIDs == ["P1"])
        #expect(s.pendingOffer == nil)
    }

    @Test func searchWithMoreMatchesOffersTheNextPage() {
        let r = engine.reply(to: "kulaklık", state: ConversationState(), now: t0)
        #expect(r.products.count == 3)
        #expect(r.state.pendingOffer?.kind == .moreResults)
        #expect(r.answer.contains("Daha fazla göstermemi ister misiniz?"))
        let next = engine.reply(to: "tamam", state: r.state, now: t0 + 5)
        #expect(next.intent == .affirm)
        #expect(Set(next.products.map(\.id)).isDisjoint(with: r.products.map(\.id)))
        #expect(next.state.pendingOffer == nil)
    }

    @Test func idleConversationStartsOver() {
        let s = engine.reply(to: "kulaklık", state: ConversationState(), now: t0).state
        let late = engine.reply(to: "merhaba", state: s, now: t0 + 21 * 60)
        #expect(late.state.turns == 1)
        #expect(late.state.focusProductID == nil)
        #expect(late.state.pendingOffer == nil)
        let soon = engine.reply(to: "merhaba", state: s, now: t0 + 19 * 60)
        #expect(soon.state.turns == 2)
        #expect(soon.state.focusProductID != nil)
    }

    @Test func historyIsKeptAndBounded() {
        var s = ConversationState()
        for i in 0..<12 { s = engine.reply(to: i % 2 == 0 ? "merhaba" : "kargo ücreti", state: s, now: t0 + Double(i)).state }
        #expect(s.history.count == engine.settings.historyLimit)
        #expect(s.history.last?.intent == .shipping)
        let recorded = engine.recordingLLMAnswer("LLM cevabı", in: s)
        #expect(recorded.history.last?.bot == "LLM cevabı")
    }

    @Test func recordingATurnKeepsTheSameTurnsAsAppendingThenTrimming() {
        for limit in 0...4 {
            for count in 0...6 {
                var s = ConversationState(history: (0..<count).map { HistoryTurn(user: "s\($0)", bot: "c\($0)", intent: .faq) })
                var expected = s.history
                let turn = HistoryTurn(user: "yeni", bot: "cevap", intent: .shipping)
                expected.append(turn)
                if expected.count > limit { expected.removeFirst(expected.count - limit) }
                s.recordTurn(turn, limit: limit)
                #expect(s.history == expected, "limit \(limit), \(count) turns")
            }
        }
    }

    @Test func aReplyLeavesTheCallersStateAsItWas() {
        let s = engine.reply(to: "kulaklık", state: ConversationState(), now: t0).state
        let before = s
        _ = engine.reply(to: "kargo ücreti ne kadar", state: s, now: t0 + 5)
        #expect(s == before)
        #expect(s.history.count == 1)
    }

    @Test func offTopicQuestionsCarryAnLLMContextAndAPoliteFallback() {
        let s = engine.reply(to: "merhaba", state: ConversationState(), now: t0).state
        let r = engine.reply(to: "bugün hava nasıl olacak", state: s, now: t0 + 5)
        #expect(r.intent == .unknown)
        #expect(r.method == .fallback)
        #expect(r.llm?.question == "bugün hava nasıl olacak")
        #expect(r.llm?.history.count == 1)
        #expect(r.answer.contains("0850 000 00 00"))
        #expect(r.products.isEmpty)
    }

    @Test func noLLMContextWhenTheShopDisabledIt() {
        let e = FixtureShop.engine { $0.llm.enabled = false }
        let r = e.reply(to: "bugün hava nasıl olacak", state: ConversationState(), now: t0)
        #expect(r.intent == .unknown)
        #expect(r.llm == nil)
        #expect(!r.answer.isEmpty)
    }

    @Test func missingPolicyIsNotInvented() {
        let e = FixtureShop.engine { $0.policies.shipping = nil }
        let r = e.reply(to: "kargo ücreti ne kadar", state: ConversationState(), now: t0)
        #expect(r.intent == .shipping)
        #expect(r.method == .fallback)
        #expect(r.llm != nil)
        #expect(!r.answer.contains("750"))
        #expect(!r.answer.lowercased().contains("ücretsiz"))
    }

    @Test func pricesAreWrittenTheTurkishWay() {
        let r = engine.reply(to: "iphone 15 fiyatı", state: ConversationState(), now: t0)
        #expect(r.intent == .productPrice)
        #expect(r.products.first?.id == "P1")
        #expect(r.answer.contains("46.392,95 TL"))
    }

    @Test func confidenceIsAProbabilityAndLowForUnknown() {
        for q in ["merhaba", "kargo ücreti ne kadar", "kulaklık", "bugün hava nasıl olacak", "garanti var mı"] {
            let r = engine.reply(to: q, state: ConversationState(), now: t0)
            #expect(r.confidence >= 0 && r.confidence <= 1)
            if r.intent == .unknown { #expect(r.confidence < 0.5) } else { #expect(r.confidence >= 0.5) }
        }
    }

    @Test func ambiguousTopicsAreUnknown() {
        let (intent, confidence) = engine.classify("kargo mu taksit mi")
        #expect(intent == .unknown)
        #expect(confidence < 0.9)
    }

    @Test func emptyAndPunctuationOnlyQuestionsAreUnknown() {
        for q in ["", "   ", "???", "!!"] {
            let r = engine.reply(to: q, state: ConversationState(), now: t0)
            #expect(r.intent == .unknown)
        }
    }
}

/// Reply templates: `{key}` filled once, everything else kept as written.
@Suite struct ReplyTemplateTests {
    @Test func placeholdersAreFilledAndOtherBracesKept() {
        #expect(ReplyTexts.fill("Saat {value}.", ["value": "09-18 {x}"]) == "Saat 09-18 {x}.")
        #expect(ReplyTexts.fill("{a}{b} {c}", ["a": "1", "b": "2"]) == "12 {c}")
        #expect(ReplyTexts.fill("Kampanya {yakında", ["value": "x"]) == "Kampanya {yakında")
        #expect(ReplyTexts.fill("İndirim {value} ve { açık", ["value": "%10"]) == "İndirim %10 ve { açık")
        #expect(ReplyTexts.fill("", [:]) == "")
    }
}
