import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization
@testable import BotServer

/// What the fake provider does with the next request.
enum FakeBehaviour: Sendable {
    /// Answers `text` (split into `chunks` SSE events when streaming) with these token counts.
    case answer(String, input: Int = 100, output: Int = 20, chunks: Int = 3)
    /// Answers with a status code (and `Retry-After` when given).
    case status(Int, retryAfter: String? = nil)
    /// Waits before answering (timeouts).
    case delay(Double, then: String)
    /// A 200 whose body is not JSON.
    case malformed
    /// Streams some text, then drops the connection.
    case cut(String)
    /// Streams a chunk every 50 ms for a long time, noting when the client went away.
    case endless
}

/// A recorded upstream request.
struct FakeRequest: Sendable {
    var path: String
    var headers: [String: String]
    var body: String
}

/// A provider speaking both wire formats on loopback, with scripted behaviours per request.
final class FakeLLMProvider: Sendable {
    private struct State {
        var script: [FakeBehaviour] = []
        var fallback: FakeBehaviour = .answer("Varsayılan cevap.")
        var requests: [FakeRequest] = []
        var disconnectedAt: ContinuousClock.Instant?
    }
    private let state = Mutex(State())

    /// Queues behaviours for the next requests; after they run out, `otherwise` applies.
    func script(_ behaviours: [FakeBehaviour], otherwise: FakeBehaviour? = nil) {
        state.withLock { $0.script = behaviours; if let otherwise { $0.fallback = otherwise } }
    }
    var requests: [FakeRequest] { state.withLock { $0.requests } }
    var requestCount: Int { state.withLock { $0.requests.count } }
    var disconnectedAt: ContinuousClock.Instant? { state.withLock { $0.disconnectedAt } }

    private func next(_ request: FakeRequest) -> FakeBehaviour {
        state.withLock { s in
            s.requests.append(request)
            return s.script.isEmpty ? s.fallback : s.script.removeFirst()
        }
    }

    /// Runs the provider on a free loopback port for the duration of `body`.
    func run(_ body: @Sendable (_ baseURL: String) async throws -> Void) async throws {
        let router = Router()
        router.post("/v1/chat/completions") { request, context in
            try await self.respond(request, context: context, format: .openai)
        }
        router.post("/v1beta/models/:action") { request, context in
            try await self.respond(request, context: context, format: .gemini)
        }
        var logger = Logger(label: "fake-llm")
        logger.logLevel = .critical
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
        try await app.test(.live) { client in
            try await body("http://127.0.0.1:\(client.port!)")
        }
    }

    private func respond(_ request: Request, context: BasicRequestContext, format: LLMWireFormat) async throws -> Response {
        let buffer = try await request.body.collect(upTo: 1 << 20)
        let bodyText = String(buffer: buffer)
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        let path = request.uri.description
        let behaviour = next(FakeRequest(path: path, headers: headers, body: bodyText))
        let streaming = path.contains("alt=sse") || bodyText.contains("\"stream\":true")
        switch behaviour {
        case .answer(let text, let input, let output, let chunks):
            return streaming ? sse(Self.split(text, chunks), format: format, usage: (input, output), finish: true)
                             : json(Self.whole(text, format: format, usage: (input, output)))
        case .status(let code, let retryAfter):
            var fields = HTTPFields()
            fields[.contentType] = "application/json"
            if let retryAfter { fields[.retryAfter] = retryAfter }
            return Response(status: .init(code: code), headers: fields,
                            body: .init(byteBuffer: ByteBuffer(string: #"{"error":{"message":"busy"}}"#)))
        case .delay(let seconds, let text):
            try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
            return streaming ? sse([text], format: format, usage: (10, 5), finish: true)
                             : json(Self.whole(text, format: format, usage: (10, 5)))
        case .malformed:
            return Response(status: .ok, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(string: "{\"choices\": [oops")))
        case .cut(let text):
            var fields = HTTPFields()
            fields[.contentType] = "text/event-stream"
            let events = Self.split(text, 2).map { Self.event($0, format: format, usage: nil) }
            return Response(status: .ok, headers: fields, body: .init { writer in
                for event in events {
                    try await writer.write(ByteBuffer(string: event))
                    try await Task.sleep(for: .milliseconds(20))
                }
                struct Cut: Error {}
                throw Cut()
            })
        case .endless:
            var fields = HTTPFields()
            fields[.contentType] = "text/event-stream"
            return Response(status: .ok, headers: fields, body: .init { writer in
                do {
                    for i in 0..<400 {
                        try await writer.write(ByteBuffer(string: Self.event("parça\(i) ", format: format, usage: nil)))
                        try await Task.sleep(for: .milliseconds(50))
                    }
                } catch {
                    self.state.withLock { $0.disconnectedAt = $0.disconnectedAt ?? .now }
                    throw error
                }
            })
        }
    }

    private func json(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private func sse(_ pieces: [String], format: LLMWireFormat, usage: (Int, Int), finish: Bool) -> Response {
        var events = pieces.enumerated().map { i, piece in
            Self.event(piece, format: format, usage: format == .gemini && i == pieces.count - 1 ? usage : nil,
                       finish: format == .gemini && i == pieces.count - 1)
        }
        if format == .openai {
            events.append(Self.event("", format: .openai, usage: usage, finish: false, usageOnly: true))
            events.append("data: [DONE]\n\n")
        }
        var fields = HTTPFields()
        fields[.contentType] = "text/event-stream"
        let all = events
        return Response(status: .ok, headers: fields, body: .init { writer in
            for event in all {
                try await writer.write(ByteBuffer(string: event))
                try await Task.sleep(for: .milliseconds(5))
            }
            try await writer.finish(nil)
        })
    }

    static func split(_ text: String, _ parts: Int) -> [String] {
        let chars = Array(text)
        let size = max(1, (chars.count + parts - 1) / parts)
        return stride(from: 0, to: chars.count, by: size).map { String(chars[$0..<min($0 + size, chars.count)]) }
    }

    static func event(_ text: String, format: LLMWireFormat, usage: (Int, Int)?, finish: Bool = false, usageOnly: Bool = false) -> String {
        let object: [String: Any]
        switch format {
        case .gemini:
            var candidate: [String: Any] = ["content": ["role": "model", "parts": [["text": text]]], "index": 0]
            if finish { candidate["finishReason"] = "STOP" }
            var o: [String: Any] = ["candidates": [candidate]]
            if let usage { o["usageMetadata"] = ["promptTokenCount": usage.0, "candidatesTokenCount": usage.1, "totalTokenCount": usage.0 + usage.1] }
            object = o
        case .openai:
            if usageOnly, let usage {
                object = ["id": "x", "object": "chat.completion.chunk", "choices": [],
                          "usage": ["prompt_tokens": usage.0, "completion_tokens": usage.1, "total_tokens": usage.0 + usage.1]]
            } else {
                object = ["id": "x", "object": "chat.completion.chunk",
                          "choices": [["index": 0, "delta": ["content": text], "finish_reason": NSNull()]]]
            }
        }
        let data = try! JSONSerialization.data(withJSONObject: object)
        return "data: " + String(decoding: data, as: UTF8.self) + "\n\n"
    }

    static func whole(_ text: String, format: LLMWireFormat, usage: (Int, Int)) -> String {
        let object: [String: Any]
        switch format {
        case .gemini:
            object = ["candidates": [["content": ["role": "model", "parts": [["text": text]]], "finishReason": "STOP"]],
                      "usageMetadata": ["promptTokenCount": usage.0, "candidatesTokenCount": usage.1]]
        case .openai:
            object = ["id": "x", "object": "chat.completion",
                      "choices": [["index": 0, "message": ["role": "assistant", "content": text], "finish_reason": "stop"]],
                      "usage": ["prompt_tokens": usage.0, "completion_tokens": usage.1, "total_tokens": usage.0 + usage.1]]
        }
        return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }
}

/// Collects log lines (message and metadata) so tests can look for leaked data.
final class CapturedLogs: Sendable {
    private let lines = Mutex<[String]>([])
    var all: [String] { lines.withLock { $0 } }
    var text: String { all.joined(separator: "\n") }
    func append(_ line: String) { lines.withLock { $0.append(line) } }

    var logger: Logger {
        var logger = Logger(label: "test") { _ in CapturingHandler(sink: self) }
        logger.logLevel = .trace
        return logger
    }

    private struct CapturingHandler: LogHandler {
        let sink: CapturedLogs
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let all = self.metadata.merging(event.metadata ?? [:]) { $1 }
            sink.append("\(event.level) \(event.message) \(all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " "))")
        }
    }
}
