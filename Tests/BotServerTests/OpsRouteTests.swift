import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import BotServer

@Suite struct OpsRouteTests {
    @Test func healthAndDetailedHealth() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            let h = try await client.execute(uri: "/health", method: .get)
            #expect(h.status == .ok)
            #expect(h.json["status"] as? String == "ok")
            let d = try await client.execute(uri: "/health/detailed", method: .get).json
            #expect((d["store"] as? [String: Any])?["kind"] as? String == "memory")
            #expect((d["store"] as? [String: Any])?["ok"] as? Bool == true)
            #expect((d["llm"] as? [String: String])?["status"] == "not_configured")
            let catalogues = d["catalogues"] as? [String: [String: Any]] ?? [:]
            #expect(catalogues["tiny"]?["products"] as? Int == 3)
            #expect(catalogues["tiny"]?["status"] as? String == "ok")
            #expect((catalogues["tiny"]?["version"] as? String)?.isEmpty == false)
            #expect(catalogues["other"]?["products"] as? Int == 4)
            #expect(catalogues["broken"]?["status"] as? String == "error")
            #expect((catalogues["broken"]?["error"] as? String)?.contains("products/broken.json") == true)
            #expect(d["status"] as? String == "degraded")
        }
    }

    @Test func detailedHealthShowsAStoreOutage() async throws {
        let t = try TestApp(store: DownStore())
        try await t.app.test(.router) { client in
            let d = try await client.execute(uri: "/health/detailed", method: .get)
            #expect(d.status == .ok)
            #expect((d.json["store"] as? [String: Any])?["ok"] as? Bool == false)
            #expect((d.json["store"] as? [String: Any])?["kind"] as? String == "redis")
        }
    }

    @Test func metricsCountRequestsAnswersAndSessions() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            let (_, json) = try await client.ask("kulaklık", business: "tiny")
            _ = try await client.ask("teşekkürler", business: "tiny", session: json["session_id"] as? String)
            _ = try await client.execute(uri: "/no/such/route/12345", method: .get)
            let m = try await client.execute(uri: "/metrics", method: .get)
            #expect(m.status == .ok)
            #expect(m.headers[.contentType]?.hasPrefix("text/plain") == true)
            let text = m.text
            #expect(text.contains(#"http_requests_total{method="POST",route="/web_bot",status="200"} 2"#))
            #expect(text.contains(#"http_request_duration_seconds_bucket{route="/web_bot",status="200",le="#))
            #expect(text.contains(#"bot_answers_total{business="tiny",intent="#))
            #expect(text.contains(#"bot_sessions_started_total{business="tiny"} 1"#))
            #expect(text.contains(#"bot_sessions_resumed_total{business="tiny"} 1"#))
            // Unknown paths share one label instead of one series per path.
            #expect(!text.contains("12345"))
            #expect(text.contains(#"route="NotFound",status="404""#))
        }
    }

    @Test func docsPageIsSelfContained() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            let r = try await client.execute(uri: "/docs", method: .get)
            #expect(r.status == .ok)
            #expect(r.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(r.text.contains("/openapi.json"))
            #expect(!r.text.contains("https://"), "the page must not load anything from outside")
        }
    }

    @Test func echoRouteOnlyForBenchmarks() async throws {
        let off = try TestApp()
        try await off.app.test(.router) { client in
            let r = try await client.execute(uri: "/bench/echo", method: .post)
            #expect(r.status == .notFound)
        }
        let on = try TestApp(benchEcho: true)
        try await on.app.test(.router) { client in
            let r = try await client.execute(uri: "/bench/echo", method: .post, body: ByteBuffer(string: "{\"a\":1}"))
            #expect(r.text == "{\"a\":1}")
        }
    }
}
