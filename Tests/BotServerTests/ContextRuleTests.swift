import Commerce
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import BotServer

/// The contract's conversation rules, across turns, through the HTTP app and the session store.
@Suite struct ContextRuleTests {
    /// One app over the demo shops for the whole suite: loading them is the slow part, and every
    /// test runs its own conversation.
    private static let shared = Result { try TestApp(data: try TestData.make(demo: true)) }
    /// Sends the turns of one conversation; returns each answer.
    private func converse(_ client: some TestClientProtocol, _ business: String, _ questions: [String]) async throws -> [[String: Any]] {
        var session: String?
        var answers: [[String: Any]] = []
        for q in questions {
            let (response, json) = try await client.ask(q, business: business, session: session)
            #expect(response.status == .ok, "\(q): \(response.text)")
            session = json["session_id"] as? String ?? session
            answers.append(json)
        }
        return answers
    }

    private func ids(_ answer: [String: Any]) -> [String] {
        (answer["products"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    @Test func iyiGunlerGreetsFirstAndSaysGoodbyeAfter() async throws {
        let t = try Self.shared.get()
        try await t.app.test(.router) { client in
            let a = try await converse(client, "elektronik-dunyasi", ["iyi günler", "kargo kaç günde gelir", "iyi günler"])
            #expect(a[0]["intent"] as? String == "greeting")
            #expect(a[1]["intent"] as? String == "shipping")
            #expect(a[2]["intent"] as? String == "farewell")
        }
    }

    @Test func tamamAfterInformationIsAcknowledgment() async throws {
        let t = try Self.shared.get()
        try await t.app.test(.router) { client in
            let a = try await converse(client, "moda-butik", ["iade süresi kaç gün", "tamam"])
            #expect(a[0]["intent"] as? String == "returns")
            #expect(a[1]["intent"] as? String == "acknowledgment")
        }
    }

    @Test func tamamAfterAnOfferCarriesItOut() async throws {
        let t = try Self.shared.get()
        try await t.app.test(.router) { client in
            let a = try await converse(client, "elektronik-dunyasi", ["kulaklık", "tamam"])
            #expect(a[0]["intent"] as? String == "product_search")
            #expect(!ids(a[0]).isEmpty)
            #expect(a[1]["intent"] as? String == "affirm")
            #expect(!ids(a[1]).isEmpty)
            #expect(Set(ids(a[1])).isDisjoint(with: ids(a[0])), "the next results, not the same ones")
        }
    }

    @Test func hayirAfterAnOfferIsDeny() async throws {
        let t = try Self.shared.get()
        try await t.app.test(.router) { client in
            let a = try await converse(client, "elektronik-dunyasi", ["kulaklık", "hayır"])
            #expect(a[1]["intent"] as? String == "deny")
        }
    }

    @Test func ordinalPicksFromTheLastList() async throws {
        let t = try Self.shared.get()
        try await t.app.test(.router) { client in
            let a = try await converse(client, "elektronik-dunyasi", ["kulaklık", "ikincisinin fiyatı ne kadar"])
            let shown = ids(a[0])
            try #require(shown.count >= 2)
            #expect(a[1]["intent"] as? String == "product_price")
            #expect(ids(a[1]).first == shown[1])
            let price = (a[1]["products"] as? [[String: Any]])?.first?["price"] as? Double ?? -1
            #expect((a[1]["answer"] as? String ?? "").contains(PriceFormat.turkish(price).replacingOccurrences(of: " TL", with: "")))
        }
    }

    @Test func greetingInsideAQuestionAnswersTheQuestion() async throws {
        let t = try Self.shared.get()
        try await t.app.test(.router) { client in
            let a = try await converse(client, "moda-butik", ["merhaba, kargo ücreti ne kadar"])
            #expect(a[0]["intent"] as? String == "shipping")
        }
    }

    @Test func conversationsSurviveAnotherAppOnTheSameStore() async throws {
        // Two app instances sharing one store (as with Redis): the second continues the first's conversation.
        let first = try Self.shared.get()
        let second = TestApp(sharing: first)
        let shown = try await first.app.test(.router) { client in
            try await client.ask("kulaklık", business: "elektronik-dunyasi").1
        }
        let session = try #require(shown["session_id"] as? String)
        let next = try await second.app.test(.router) { client in
            try await client.ask("ikincisinin fiyatı ne kadar", business: "elektronik-dunyasi", session: session).1
        }
        let shownIDs = ids(shown)
        try #require(shownIDs.count >= 2)
        #expect(ids(next).first == shownIDs[1])
    }
}

extension TestApp {
    /// Another instance over the same data and store.
    init(sharing other: TestApp) {
        data = other.data
        let shops = ShopRegistry(dataDirectory: other.data.directory)
        shops.loadAll()
        services = AppServices(settings: other.services.settings, shops: shops, store: other.services.store,
                               llm: other.services.llm, logger: other.services.logger)
    }
}
