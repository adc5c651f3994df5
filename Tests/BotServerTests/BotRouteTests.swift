import Foundation
import Hummingbird
import HummingbirdTesting
import IntentEngine
import Testing
@testable import BotServer

@Suite struct BotRouteTests {
    @Test func answerHasEveryContractField() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            let (response, json) = try await client.ask("kargo ücreti ne kadar", business: "tiny")
            #expect(response.status == .ok)
            for field in ["answer", "intent", "method", "confidence", "products", "session_id", "cached", "execution_time_ms", "cost", "request_id"] {
                #expect(json[field] != nil, "missing \(field)")
            }
            #expect(UUID(uuidString: json["session_id"] as? String ?? "") != nil)
            #expect(json["request_id"] as? String == response.headers[.xRequestID])
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            let method = json["method"] as? String ?? ""
            #expect(["rule", "catalog", "faq", "llm", "fallback"].contains(method))
        }
    }

    @Test func productsHaveTheContractShape() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            let (_, json) = try await client.ask("kulaklık", business: "tiny")
            let products = json["products"] as? [[String: Any]] ?? []
            #expect(!products.isEmpty)
            for p in products {
                for field in ["id", "name", "price", "currency", "stock", "url"] { #expect(p.keys.contains(field), "product lacks \(field)") }
                #expect(p["currency"] as? String == "TRY")
                #expect((p["id"] as? String)?.hasPrefix("T") == true, "another shop's product")
            }
        }
    }

    @Test func sessionContinuesAndIsKeptInTheStore() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            let (_, first) = try await client.ask("kulaklık", business: "tiny")
            let session = try #require(first["session_id"] as? String)
            let saved = try await t.services.store.get("session:tiny:\(session)")
            #expect(storedTurns(saved) == 1)
            let (_, second) = try await client.ask("teşekkürler", business: "tiny", session: session)
            #expect(second["session_id"] as? String == session)
            let again = try await t.services.store.get("session:tiny:\(session)")
            #expect(storedTurns(again) == 2)
        }
    }

    @Test func aSessionNeverCrossesShops() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            let (_, first) = try await client.ask("kulaklık", business: "tiny")
            let session = try #require(first["session_id"] as? String)
            // The same id at another shop starts its own conversation there; the first is untouched.
            let (response, other) = try await client.ask("fiyatı ne kadar", business: "other", session: session)
            #expect(response.status == .ok)
            let ids = (other["products"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(!ids.contains { $0.hasPrefix("T") })
            let moda = try await t.services.store.get("session:other:\(session)")
            #expect(storedTurns(moda) == 1)
            let tiny = try await t.services.store.get("session:tiny:\(session)")
            #expect(storedTurns(tiny) == 1)
        }
    }

    @Test func llmAnswersWhenTheEngineCannot() async throws {
        let llm = FakeLLM(text: "Yapay zekâ cevabı.")
        let t = try TestApp(llm: llm)
        try await t.app.test(.router) { client in
            // A question no shop data answers.
            let response = try await client.post("/web_bot", json: ["question": "zxqv wpkj", "business_id": "tiny", "use_cache": false])
            let json = response.json
            #expect(response.status == .ok)
            if json["method"] as? String == "llm" {
                #expect(json["answer"] as? String == "Yapay zekâ cevabı.")
                #expect(json["cost"] as? Double == 0.0012)
                #expect(json["cached"] as? Bool == false)
                #expect(llm.calls.withLock { $0.last?.useCache } == false)
            } else {
                // The engine answered from data; then the LLM must not have been asked.
                #expect(llm.calls.withLock { $0.isEmpty })
            }
        }
    }

    @Test func llmUnavailableGivesTheEnginesFallback() async throws {
        let t = try TestApp(llm: FakeLLM(text: nil))
        try await t.app.test(.router) { client in
            let (response, json) = try await client.ask("zxqv wpkj", business: "tiny")
            #expect(response.status == .ok)
            #expect(json["method"] as? String != "llm")
            #expect((json["answer"] as? String)?.isEmpty == false)
            #expect(json["cost"] as? Double == 0)
        }
    }

    @Test func storeOutageDegradesWithoutErrors() async throws {
        let t = try TestApp(perIP: 100, store: DownStore())
        try await t.app.test(.router) { client in
            let (first, json) = try await client.ask("kulaklık", business: "tiny")
            #expect(first.status == .ok)
            let (second, _) = try await client.ask("fiyatı ne kadar", business: "tiny", session: json["session_id"] as? String)
            #expect(second.status == .ok)
            let metrics = try await client.execute(uri: "/metrics", method: .get).text
            #expect(metrics.contains("bot_store_errors_total{operation=\"session_get\"}"))
            #expect(metrics.contains("bot_store_errors_total{operation=\"rate_limit\"}"))
            #expect(metrics.contains("bot_store_errors_total{operation=\"session_set\"}"))
        }
    }

    @Test func questionsInLogsAreRedactedAndLinesAreJSON() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            _ = try await client.ask("kulaklık", business: "tiny")
        }
        let lines = t.logs.lines.withLock { $0 }
        #expect(!lines.isEmpty)
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] != nil, "not JSON: \(line)")
        }
        #expect(lines.contains { $0.contains("\"msg\":\"request\"") && $0.contains("\"status\":200") })
    }

    @Test func askCommandMatchesTheRoute() async throws {
        let t = try TestApp()
        let chat = ChatService(services: t.services)
        let response = try await chat.answer(ChatRequest.decode(Array(#"{"question":"kulaklık","business_id":"tiny"}"#.utf8)), client: nil, requestID: "r1")
        #expect(response.requestID == "r1")
        #expect(!response.products.isEmpty)
    }
}

/// The parts of the saved state the tests look at.

/// Conversations saved as JSON by earlier versions still continue.
@Suite struct StoredStateCompatibilityTests {
    @Test func aJSONStateFromAnEarlierVersionContinues() async throws {
        let t = try TestApp()
        let old = ConversationState(turns: 4, lastActive: Date(), history: [HistoryTurn(user: "merhaba", bot: "Merhaba!", intent: .greeting)])
        let json = String(decoding: try JSONEncoder().encode(old), as: UTF8.self)
        try await t.services.store.set("session:tiny:old-json", value: json, ttl: 600)
        try await t.app.test(.router) { client in
            let (response, _) = try await client.ask("teşekkürler", business: "tiny", session: "old-json")
            #expect(response.status == .ok)
        }
        let saved = try #require(try await t.services.store.get("session:tiny:old-json"))
        let state = try #require(ConversationState(storeText: saved))
        #expect(state.turns == 5)
        #expect(state.history.first?.user == "merhaba")
    }

    @Test func anUnreadableStateStartsOver() async throws {
        let t = try TestApp()
        try await t.services.store.set("session:tiny:garbage", value: "cs1|not a state", ttl: 600)
        try await t.app.test(.router) { client in
            let (response, _) = try await client.ask("kulaklık", business: "tiny", session: "garbage")
            #expect(response.status == .ok)
        }
        #expect(storedTurns(try await t.services.store.get("session:tiny:garbage")) == 1)
    }
}

/// How many turns a stored conversation holds; nil when nothing readable is stored.
func storedTurns(_ raw: String?) -> Int? {
    raw.flatMap { ConversationState(storeText: $0) }?.turns
}
