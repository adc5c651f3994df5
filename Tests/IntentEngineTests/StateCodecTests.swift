import Commerce
import Foundation
import Testing
@testable import IntentEngine

/// The stored form of a conversation: every state reads back equal, and damaged text reads as nothing.
@Suite struct StateCodecTests {
    let engine = FixtureShop.engine()
    let t0 = Date(timeIntervalSince1970: 1_800_000_000.123)

    /// A state with every field set, including text that looks like the format's own punctuation.
    var full: ConversationState {
        let query = ProductQuery(text: "kırmızı elbise ~ 3:ab;", priceMin: 0.1 + 0.2, priceMax: 1e9, sort: .priceDescending,
                                 colour: "kirmizi", size: "38")
        return ConversationState(
            turns: 7, lastActive: t0, shownProductIDs: ["P1", "ürün-2", ""], focusProductID: "ürün-2",
            pendingOffer: PendingOffer(kind: .alternatives, query: query, offset: 3, productID: "P1", expiresAfterTurn: 8),
            lastQuery: ProductQuery(text: "kulaklık"), nextOffset: 5,
            history: [HistoryTurn(user: "İPHONE 15'in fiyatı?\n\"acil\"", bot: "~;:|{}\u{0}😀", intent: .productPrice),
                      HistoryTurn(user: "", bot: "", intent: .unknown)])
    }

    @Test func everyFieldReadsBackEqual() throws {
        let states = [ConversationState(), full]
        for state in states {
            let text = state.storeText()
            #expect(text.hasPrefix("cs1|"))
            #expect(ConversationState(storeText: text) == state)
        }
    }

    @Test func statesFromRealTurnsReadBackEqual() throws {
        var s = ConversationState()
        for (i, question) in ["merhaba", "kulaklık", "ikincisi", "fiyatı ne kadar", "daha ucuzu var mı", "tamam"].enumerated() {
            s = engine.reply(to: question, state: s, now: t0 + Double(i) * 7.3).state
            #expect(ConversationState(storeText: s.storeText()) == s, "after \(question)")
        }
        #expect(s.turns == 6)
    }

    @Test func damagedTextReadsAsNothing() {
        let text = full.storeText()
        // Every cut-off prefix, and single-byte damage, is refused without crashing.
        var utf8 = Array(text.utf8)
        for end in 0..<utf8.count {
            #expect(ConversationState(storeText: String(decoding: utf8[0..<end], as: UTF8.self)) == nil)
        }
        for i in stride(from: 4, to: utf8.count, by: 3) {
            let saved = utf8[i]
            utf8[i] = UInt8(ascii: "9")
            _ = ConversationState(storeText: String(decoding: utf8, as: UTF8.self))
            utf8[i] = saved
        }
        #expect(ConversationState(storeText: "") == nil)
        #expect(ConversationState(storeText: #"{"turns":1}"#) == nil)
        #expect(ConversationState(storeText: "cs1|99999999999999999999;~0;~~~0;0;") == nil)
        #expect(ConversationState(storeText: "cs1|1;~2000000000;") == nil)
        #expect(ConversationState(storeText: text + "x") == nil)
    }

    @Test func smallerThanTheJSONItReplaces() throws {
        var s = ConversationState()
        for question in ["kulaklık", "ikincisi", "kargo ne kadar", "iade nasıl", "teşekkürler"] {
            s = engine.reply(to: question, state: s, now: t0).state
        }
        let json = try JSONEncoder().encode(s)
        #expect(s.storeText().utf8.count < json.count)
    }
}
