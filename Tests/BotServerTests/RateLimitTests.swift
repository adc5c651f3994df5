import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import BotServer

@Suite struct RateLimitTests {
    /// Limits count in fixed one-minute windows: a test that straddles a minute would start afresh
    /// halfway. Each test takes well under a second, so starting early in a minute suffices.
    private func startEarlyInAMinute() async throws {
        let second = Date().timeIntervalSince1970.truncatingRemainder(dividingBy: 60)
        if second > 55 { try await Task.sleep(for: .milliseconds(Int((60.2 - second) * 1000))) }
    }

    @Test func conversationLimitFromTheShopConfig() async throws {
        try await startEarlyInAMinute()
        let t = try TestApp(data: try TestData.make(tinyPerMinute: 3))
        try await t.app.test(.router) { client in
            let session = "conv-limit-1"
            for _ in 0..<3 { #expect(try await client.ask("merhaba", business: "tiny", session: session).0.status == .ok) }
            let limited = try await client.ask("merhaba", business: "tiny", session: session).0
            #expect(limited.status == .tooManyRequests)
            #expect(limited.json["error_code"] as? String == "rate_limited")
            let retry = Int(limited.headers[.retryAfter] ?? "") ?? 0
            #expect((1...60).contains(retry))
            // Another conversation, and the same one at another shop, are not affected.
            #expect(try await client.ask("merhaba", business: "tiny", session: "conv-limit-2").0.status == .ok)
            #expect(try await client.ask("merhaba", business: "other", session: session).0.status == .ok)
        }
    }

    @Test func perIPLimitCountsInTheSharedStore() async throws {
        try await startEarlyInAMinute()
        let t = try TestApp(perIP: 4)
        try await t.app.test(.router) { client in
            let ip: HTTPFields = [.xForwardedFor: "203.0.113.9"]
            for _ in 0..<4 {
                #expect(try await client.post("/web_bot", json: ["question": "merhaba", "business_id": "tiny"], headers: ip).status == .ok)
            }
            let limited = try await client.post("/web_bot", json: ["question": "merhaba", "business_id": "other"], headers: ip)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] != nil)
            #expect((limited.json["error_details"] as? [String: String])?["scope"] == "ip")
            let stream = try await client.post("/web_bot/stream", json: ["question": "merhaba", "business_id": "tiny"], headers: ip)
            #expect(stream.status == .tooManyRequests)
            // Another client is unaffected.
            #expect(try await client.post("/web_bot", json: ["question": "merhaba", "business_id": "tiny"], headers: [.xForwardedFor: "203.0.113.10"]).status == .ok)
            let keys = try await t.services.store.keys(prefix: "rl:ip:203.0.113.9:")
            #expect(keys.count == 1)
            let metrics = try await client.execute(uri: "/metrics", method: .get).text
            #expect(metrics.contains("bot_rate_limited_total{scope=\"ip\"}"))
        }
    }
}
