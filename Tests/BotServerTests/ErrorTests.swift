import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import BotServer

@Suite struct ErrorTests {
    private func expectError(_ response: TestResponse, _ status: HTTPResponse.Status, _ code: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(response.status == status, sourceLocation: sourceLocation)
        let json = response.json
        #expect(Set(json.keys) == errorFields, "fields: \(json.keys.sorted())", sourceLocation: sourceLocation)
        #expect(json["error_code"] as? String == code, "body: \(response.text)", sourceLocation: sourceLocation)
        #expect((json["request_id"] as? String)?.isEmpty == false, sourceLocation: sourceLocation)
        let timestamp = json["timestamp"] as? String ?? ""
        #expect(timestamp.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$"#, options: .regularExpression) != nil,
                "timestamp \(timestamp)", sourceLocation: sourceLocation)
        if let date = ISO8601DateFormatter.withFractionalSeconds.date(from: timestamp) {
            #expect(abs(date.timeIntervalSinceNow) < 600, sourceLocation: sourceLocation)
        }
        #expect(response.headers[.contentType]?.hasPrefix("application/json") == true, sourceLocation: sourceLocation)
    }

    private func raw(_ client: some TestClientProtocol, _ body: String, uri: String = "/web_bot") async throws -> TestResponse {
        try await client.execute(uri: uri, method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body))
    }

    @Test func badInputIs400() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            for uri in ["/web_bot", "/web_bot/stream"] {
                expectError(try await raw(client, "{not json", uri: uri), .badRequest, "invalid_json")
                expectError(try await raw(client, "", uri: uri), .badRequest, "invalid_json")
                expectError(try await raw(client, "[1,2]", uri: uri), .badRequest, "invalid_json")
                expectError(try await raw(client, #"{"business_id":"tiny"}"#, uri: uri), .badRequest, "missing_field")
                expectError(try await raw(client, #"{"question":"merhaba"}"#, uri: uri), .badRequest, "missing_field")
                expectError(try await raw(client, #"{"question":42,"business_id":"tiny"}"#, uri: uri), .badRequest, "invalid_field")
                expectError(try await raw(client, #"{"question":"a","business_id":["tiny"]}"#, uri: uri), .badRequest, "invalid_field")
                expectError(try await raw(client, #"{"question":"a","business_id":"tiny","use_cache":"no"}"#, uri: uri), .badRequest, "invalid_field")
                expectError(try await raw(client, #"{"question":"   ","business_id":"tiny"}"#, uri: uri), .badRequest, "invalid_field")
                expectError(try await raw(client, #"{"question":"a","business_id":"tiny","session_id":"x y"}"#, uri: uri), .badRequest, "invalid_field")
                let long = String(repeating: "a", count: 200)
                expectError(try await raw(client, #"{"question":"a","business_id":"tiny","session_id":"\#(long)"}"#, uri: uri), .badRequest, "invalid_field")
            }
        }
    }

    @Test func questionLengthLimitIs1000Characters() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            let ok = try await client.post("/web_bot", json: ["question": String(repeating: "ş", count: 1000), "business_id": "tiny"])
            #expect(ok.status == .ok)
            let tooLong = try await client.post("/web_bot", json: ["question": String(repeating: "ş", count: 1001), "business_id": "tiny"])
            expectError(tooLong, .badRequest, "invalid_field")
            #expect((tooLong.json["error_details"] as? [String: String])?["field"] == "question")
        }
    }

    @Test func businessErrors() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            expectError(try await client.post("/web_bot", json: ["question": "merhaba", "business_id": "no-such-shop"]), .notFound, "business_not_found")
            expectError(try await client.post("/web_bot", json: ["question": "merhaba", "business_id": "../businesses/tiny"]), .badRequest, "invalid_business_id")
            expectError(try await client.post("/web_bot", json: ["question": "merhaba", "business_id": ""]), .badRequest, "invalid_business_id")
            expectError(try await client.post("/web_bot", json: ["question": "merhaba", "business_id": String(repeating: "a", count: 65)]), .badRequest, "invalid_business_id")
            // A broken catalogue takes down that shop only, with the file named.
            let broken = try await client.post("/web_bot", json: ["question": "merhaba", "business_id": "broken"])
            expectError(broken, .serviceUnavailable, "business_unavailable")
            #expect((broken.json["error_details"] as? [String: String])?["problem"]?.contains("products/broken.json") == true)
            #expect(try await client.ask("merhaba", business: "tiny").0.status == .ok)
        }
    }

    @Test func oversizedBodiesAre413() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            let big = ByteBuffer(repeating: UInt8(ascii: "a"), count: 10 * 1024 * 1024)
            expectError(try await client.execute(uri: "/web_bot", method: .post, headers: [.contentType: "application/json"], body: big),
                        .contentTooLarge, "payload_too_large")
            // Just over the limit, still refused; just under is read (and then judged as JSON).
            let over = ByteBuffer(repeating: UInt8(ascii: " "), count: BodyLimit.bytes + 1)
            expectError(try await client.execute(uri: "/web_bot/stream", method: .post, body: over), .contentTooLarge, "payload_too_large")
            let under = ByteBuffer(repeating: UInt8(ascii: " "), count: BodyLimit.bytes - 1)
            expectError(try await client.execute(uri: "/web_bot", method: .post, body: under), .badRequest, "invalid_json")
        }
    }

    @Test func unknownRoutesAndMethodsAreJSON() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            expectError(try await client.execute(uri: "/nothing/here", method: .get), .notFound, "not_found")
            let wrongMethod = try await client.execute(uri: "/web_bot", method: .get)
            expectError(wrongMethod, .methodNotAllowed, "method_not_allowed")
            #expect(wrongMethod.headers[.allow] == "POST")
            expectError(try await client.execute(uri: "/health", method: .delete), .methodNotAllowed, "method_not_allowed")
        }
    }

    @Test func clientRequestIDsAreEchoedWhenSane() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            let mine = try await client.execute(uri: "/health", method: .get, headers: [.xRequestID: "abc-123"])
            #expect(mine.headers[.xRequestID] == "abc-123")
            let hostile = try await client.execute(uri: "/nope", method: .get, headers: [.xRequestID: "a\"b c"])
            #expect(hostile.headers[.xRequestID] != "a\"b c")
            #expect(hostile.json["request_id"] as? String == hostile.headers[.xRequestID])
        }
    }
}

extension ISO8601DateFormatter {
    static var withFractionalSeconds: ISO8601DateFormatter {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f
    }
}
