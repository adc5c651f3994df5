import Foundation

/// Token counts the provider reported for one call.
struct LLMUsage: Sendable, Equatable {
    var inputTokens: Int
    var outputTokens: Int
}

/// A prompt in the shape both wire formats accept: one system text and alternating turns.
struct LLMPrompt: Sendable, Equatable {
    enum Role: String, Sendable { case user, assistant }
    var system: String
    var turns: [(role: Role, text: String)]

    static func == (a: LLMPrompt, b: LLMPrompt) -> Bool {
        a.system == b.system && a.turns.map(\.role) == b.turns.map(\.role) && a.turns.map(\.text) == b.turns.map(\.text)
    }
}

/// What one piece of a provider response contained.
struct LLMDelta: Sendable, Equatable {
    var text: String
    var usage: LLMUsage?
    var finished: Bool
}

/// A provider answer that does not parse.
struct MalformedResponse: Error, CustomStringConvertible {
    var detail: String
    var description: String { "malformed provider response: \(detail)" }
}

/// The two wire formats of the contract: Gemini `generateContent` and OpenAI-compatible `chat/completions`.
enum LLMWireFormat: String, Sendable, CaseIterable {
    case gemini
    case openai

    /// The endpoint for a (streaming or not) call.
    func url(baseURL: String, model: String, stream: Bool) -> String {
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        switch self {
        case .gemini:
            let escaped = model.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? model
            return stream ? "\(base)/v1beta/models/\(escaped):streamGenerateContent?alt=sse"
                          : "\(base)/v1beta/models/\(escaped):generateContent"
        case .openai:
            return "\(base)/v1/chat/completions"
        }
    }

    /// Authentication and content headers.
    func headers(apiKey: String, stream: Bool) -> [(String, String)] {
        var headers = [("Content-Type", "application/json")]
        if stream { headers.append(("Accept", "text/event-stream")) }
        switch self {
        case .gemini: headers.append(("x-goog-api-key", apiKey))
        case .openai: if !apiKey.isEmpty { headers.append(("Authorization", "Bearer \(apiKey)")) }
        }
        return headers
    }

    /// The JSON request body.
    func body(prompt: LLMPrompt, model: String, stream: Bool, maxOutputTokens: Int, temperature: Double) -> [UInt8] {
        let object: [String: Any]
        switch self {
        case .gemini:
            object = [
                "systemInstruction": ["parts": [["text": prompt.system]]],
                "contents": prompt.turns.map { turn in
                    ["role": turn.role == .user ? "user" : "model", "parts": [["text": turn.text]]]
                },
                "generationConfig": ["maxOutputTokens": maxOutputTokens, "temperature": temperature],
            ]
        case .openai:
            var messages: [[String: Any]] = [["role": "system", "content": prompt.system]]
            messages += prompt.turns.map { ["role": $0.role.rawValue, "content": $0.text] }
            var o: [String: Any] = ["model": model, "messages": messages, "max_tokens": maxOutputTokens,
                                    "temperature": temperature, "stream": stream]
            if stream { o["stream_options"] = ["include_usage": true] }
            object = o
        }
        return Array((try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data())
    }

    /// Parses a whole (non-streaming) response body.
    func parseResponse(_ bytes: [UInt8]) throws -> LLMDelta {
        guard let delta = try parseEvent(bytes, streaming: false), !delta.text.isEmpty || delta.finished else {
            throw MalformedResponse(detail: "no text in the response")
        }
        return delta
    }

    /// Parses one streamed `data:` payload; nil for events without content (e.g. `[DONE]`).
    func parseStreamEvent(_ payload: String) throws -> LLMDelta? {
        if payload.trimmingCharacters(in: .whitespaces) == "[DONE]" { return LLMDelta(text: "", usage: nil, finished: true) }
        return try parseEvent(Array(payload.utf8), streaming: true)
    }

    private func parseEvent(_ bytes: [UInt8], streaming: Bool) throws -> LLMDelta? {
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: Data(bytes)) } catch {
            throw MalformedResponse(detail: "not JSON (\(bytes.count) bytes)")
        }
        guard let root = json as? [String: Any] else { throw MalformedResponse(detail: "not a JSON object") }
        if let error = root["error"] { throw MalformedResponse(detail: "error object: \(error)") }
        switch self {
        case .gemini:
            var text = ""
            var finished = false
            if let candidates = root["candidates"] as? [[String: Any]], let first = candidates.first {
                if let parts = (first["content"] as? [String: Any])?["parts"] as? [[String: Any]] {
                    text = parts.compactMap { $0["text"] as? String }.joined()
                }
                finished = first["finishReason"] != nil
            } else if root["usageMetadata"] == nil {
                throw MalformedResponse(detail: "no candidates")
            }
            var usage: LLMUsage?
            if let meta = root["usageMetadata"] as? [String: Any] {
                usage = LLMUsage(inputTokens: Self.int(meta["promptTokenCount"]),
                                 outputTokens: Self.int(meta["candidatesTokenCount"]) + Self.int(meta["thoughtsTokenCount"]))
            }
            return LLMDelta(text: text, usage: usage, finished: finished)
        case .openai:
            var text = ""
            var finished = false
            if let choices = root["choices"] as? [[String: Any]] {
                if let first = choices.first {
                    let message = (streaming ? first["delta"] : first["message"]) as? [String: Any]
                    text = message?["content"] as? String ?? ""
                    finished = (first["finish_reason"] as? String) != nil
                }
            } else if root["usage"] == nil {
                throw MalformedResponse(detail: "no choices")
            }
            var usage: LLMUsage?
            if let u = root["usage"] as? [String: Any] {
                usage = LLMUsage(inputTokens: Self.int(u["prompt_tokens"]), outputTokens: Self.int(u["completion_tokens"]))
            }
            return LLMDelta(text: text, usage: usage, finished: finished)
        }
    }

    private static func int(_ value: Any?) -> Int {
        switch value {
        case let i as Int: i
        case let d as Double: Int(d)
        case let n as NSNumber: n.intValue
        default: 0
        }
    }
}
