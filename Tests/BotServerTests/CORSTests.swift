import Hummingbird
import HummingbirdTesting
import Testing
@testable import BotServer

@Suite struct CORSTests {
    @Test func preflightFollowsAllowedOrigins() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            let ok = try await client.execute(uri: "/web_bot?business_id=tiny", method: .options,
                                              headers: [.origin: "https://tiny.example", .accessControlRequestMethod: "POST",
                                                        .accessControlRequestHeaders: "content-type"])
            #expect(ok.status == .noContent)
            #expect(ok.headers[.accessControlAllowOrigin] == "https://tiny.example")
            #expect(ok.headers[.accessControlAllowMethods]?.contains("POST") == true)
            #expect(ok.headers[.accessControlAllowHeaders] == "content-type")

            // Allowed by another shop only.
            let wrongShop = try await client.execute(uri: "/web_bot?business_id=tiny", method: .options,
                                                     headers: [.origin: "https://other.example", .accessControlRequestMethod: "POST"])
            #expect(wrongShop.status == .forbidden)
            #expect(wrongShop.headers[.accessControlAllowOrigin] == nil)

            let anyShop = try await client.execute(uri: "/web_bot/stream", method: .options,
                                                   headers: [.origin: "https://other.example", .accessControlRequestMethod: "POST"])
            #expect(anyShop.status == .noContent)

            let evil = try await client.execute(uri: "/web_bot", method: .options,
                                                headers: [.origin: "https://evil.example", .accessControlRequestMethod: "POST"])
            #expect(evil.status == .forbidden)
            #expect(evil.json["error_code"] as? String == "origin_not_allowed")
        }
    }

    @Test func answersGrantOnlyTheShopsOrigins() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            let mine = try await client.post("/web_bot", json: ["question": "merhaba", "business_id": "tiny"], headers: [.origin: "https://tiny.example"])
            #expect(mine.headers[.accessControlAllowOrigin] == "https://tiny.example")
            #expect(mine.headers[.vary] == "Origin")
            let other = try await client.post("/web_bot", json: ["question": "merhaba", "business_id": "other"], headers: [.origin: "https://tiny.example"])
            #expect(other.status == .ok)
            #expect(other.headers[.accessControlAllowOrigin] == nil)
            // Errors for a known shop are readable by its pages too (e.g. 429 in the widget).
            let err = try await client.post("/web_bot", json: ["question": String(repeating: "a", count: 1001), "business_id": "tiny"],
                                            headers: [.origin: "https://tiny.example"])
            #expect(err.status == .badRequest)
        }
    }
}
