import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import BotServer

/// The app on a real socket.
@Suite struct LiveTests {
    @Test func answersOverASocket() async throws {
        let t = try TestApp(perIP: 1000)
        try await t.app.test(.live) { client in
            let (response, json) = try await client.ask("kulaklık", business: "tiny")
            #expect(response.status == .ok)
            #expect(json["session_id"] is String)
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .ok)
            // The per-IP counter saw the socket peer.
            #expect(try await t.services.store.keys(prefix: "rl:ip:127.0.0.1:").count == 1)
        }
    }

    @Test func streamOverASocket() async throws {
        let t = try TestApp()
        try await t.app.test(.live) { client in
            let r = try await client.post("/web_bot/stream", json: ["question": "kulaklık", "business_id": "tiny"])
            #expect(r.status == .ok)
            let events = sseEvents(r.text).map(\.event)
            #expect(events.first == "metadata")
            #expect(events.last == "complete")
        }
    }

    @Test func tenMegabytesAreRefusedOverASocket() async throws {
        let t = try TestApp()
        try await t.app.test(.live) { client in
            let big = ByteBuffer(repeating: UInt8(ascii: "a"), count: 10 * 1024 * 1024)
            let r = try await client.execute(uri: "/web_bot", method: .post, headers: [.contentType: "application/json"], body: big)
            #expect(r.status == .contentTooLarge)
            #expect(r.json["error_code"] as? String == "payload_too_large")
        }
        // The server still serves afterwards.
        try await t.app.test(.live) { client in
            let r = try await client.execute(uri: "/health", method: .get)
            #expect(r.status == .ok)
        }
    }

    @Test func unknownRouteOverASocketIsJSON() async throws {
        let t = try TestApp()
        try await t.app.test(.live) { client in
            let r = try await client.execute(uri: "/web_bot", method: .put)
            #expect(r.status == .methodNotAllowed)
            #expect(Set(r.json.keys) == errorFields)
        }
    }
}
