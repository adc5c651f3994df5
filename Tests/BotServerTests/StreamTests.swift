import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import BotServer

/// Parses `event:`/`data:` frames.
func sseEvents(_ text: String) -> [(event: String, data: [String: Any])] {
    text.components(separatedBy: "\n\n").compactMap { frame in
        var name = "", data = ""
        for line in frame.split(separator: "\n") {
            if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
            if line.hasPrefix("data: ") { data += line.dropFirst(6) }
        }
        guard !name.isEmpty, let obj = (try? JSONSerialization.jsonObject(with: Data(data.utf8))) as? [String: Any] else { return nil }
        return (name, obj)
    }
}

@Suite struct StreamTests {
    @Test func streamFramesMetadataChunksComplete() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            let response = try await client.post("/web_bot/stream", json: ["question": "kulaklık", "business_id": "tiny"])
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/event-stream") == true)
            let text = response.text
            #expect(text.hasPrefix("event: metadata\ndata: "))
            #expect(text.hasSuffix("\n\n"))
            let events = sseEvents(text)
            #expect(events.first?.event == "metadata")
            #expect(events.last?.event == "complete")
            let chunks = events.filter { $0.event == "chunk" }
            #expect(!chunks.isEmpty)
            #expect(events.count == chunks.count + 2, "only metadata, chunks, complete")
            let complete = try #require(events.last?.data)
            #expect(chunks.map { $0.data["text"] as? String ?? "" }.joined() == complete["answer"] as? String)
            let meta = events[0].data
            #expect(meta["intent"] as? String == complete["intent"] as? String)
            #expect(meta["method"] as? String == complete["method"] as? String)
            #expect((meta["products"] as? [Any])?.count == (complete["products"] as? [Any])?.count)
            for field in ["answer", "intent", "method", "confidence", "products", "session_id", "cached", "execution_time_ms", "cost", "request_id"] {
                #expect(complete[field] != nil, "complete lacks \(field)")
            }
        }
    }

    @Test func streamCarriesLLMChunksAsTheyCome() async throws {
        let t = try TestApp(llm: FakeLLM(text: "bir iki üç"))
        try await t.app.test(.router) { client in
            let response = try await client.post("/web_bot/stream", json: ["question": "zxqv wpkj", "business_id": "tiny"])
            let events = sseEvents(response.text)
            let complete = try #require(events.last?.data)
            guard complete["method"] as? String == "llm" else { return }  // the engine answered from data
            #expect(events.first?.data["method"] as? String == "llm")
            let chunks = events.filter { $0.event == "chunk" }.map { $0.data["text"] as? String ?? "" }
            #expect(chunks.count == 3)
            #expect(chunks.joined().trimmingCharacters(in: .whitespaces) == "bir iki üç")
            #expect(complete["answer"] as? String == "bir iki üç")
        }
    }

    @Test func streamSessionContinues() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            let first = sseEvents(try await client.post("/web_bot/stream", json: ["question": "kulaklık", "business_id": "tiny"]).text)
            let session = try #require(first.last?.data["session_id"] as? String)
            let second = sseEvents(try await client.post("/web_bot/stream", json: ["question": "teşekkürler", "business_id": "tiny", "session_id": session]).text)
            #expect(second.last?.data["session_id"] as? String == session)
        }
    }
}
