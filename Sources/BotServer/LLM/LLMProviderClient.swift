import Foundation

/// The text and usage of one successful provider call.
struct LLMCompletion: Sendable {
    var text: String
    /// Nil when the provider sent no usage fields.
    var usage: LLMUsage?
}

/// Makes single calls to one provider (no retries: the service's retry loop owns those).
struct LLMProviderClient: Sendable {
    let config: LLMProviderConfig
    let transport: any HTTPTransport

    /// Error bodies are kept only this long (they end up in logs).
    private static let maxErrorBody = 2048

    /// One call. With `onText`, streams and hands text over as it arrives.
    func call(_ prompt: LLMPrompt, model: String? = nil,
              onText: (@Sendable (String) async -> Void)?) async throws(LLMCallError) -> LLMCompletion {
        let model = model ?? config.model
        let stream = onText != nil
        let request = HTTPCall(
            url: config.format.url(baseURL: config.baseURL, model: model, stream: stream),
            headers: config.format.headers(apiKey: config.apiKey, stream: stream),
            body: config.format.body(prompt: prompt, model: model, stream: stream,
                                     maxOutputTokens: config.maxOutputTokens, temperature: config.temperature),
            connectTimeout: config.connectTimeout, totalTimeout: config.timeout)
        var status = 0
        var retryAfter: Double?
        var body: [UInt8] = []
        var sse = SSEParser()
        var text = ""
        var usage: LLMUsage?
        var finished = false
        do {
            for try await part in transport.send(request) {
                switch part {
                case .head(let s, let headers):
                    status = s
                    retryAfter = LLMCallError.parseRetryAfter(headers["retry-after"])
                case .body(let bytes):
                    guard stream, (200..<300).contains(status) else {
                        if body.count < Self.maxErrorBody || (200..<300).contains(status) { body += bytes }
                        continue
                    }
                    for payload in sse.feed(bytes) {
                        guard let delta = try config.format.parseStreamEvent(payload) else { continue }
                        if let u = delta.usage { usage = u }
                        finished = finished || delta.finished
                        if !delta.text.isEmpty {
                            text += delta.text
                            await onText?(delta.text)
                        }
                    }
                }
            }
        } catch let error as TransportError {
            if case .cancelled = error { throw .cancelled }
            if !text.isEmpty { throw .interruptedAfterText("\(error)") }
            throw .transport(error)
        } catch let error as MalformedResponse {
            if !text.isEmpty { throw .interruptedAfterText("\(error)") }
            throw .malformed(error.detail)
        } catch {
            if Task.isCancelled { throw .cancelled }
            throw .transport(.other("\(error)"))
        }
        if Task.isCancelled { throw .cancelled }
        guard (200..<300).contains(status) else {
            let detail = String(decoding: body.prefix(Self.maxErrorBody), as: UTF8.self)
            throw .http(status: status, retryAfter: retryAfter, detail: PIIRedactor.redact(detail))
        }
        if !stream {
            do {
                let delta = try config.format.parseResponse(body)
                return LLMCompletion(text: delta.text, usage: delta.usage)
            } catch let error as MalformedResponse {
                throw .malformed(error.detail)
            } catch {
                throw .malformed("\(error)")
            }
        }
        if let last = sse.finish() {
            do {
                if let delta = try config.format.parseStreamEvent(last) {
                    if let u = delta.usage { usage = u }
                    finished = finished || delta.finished
                    if !delta.text.isEmpty { text += delta.text; await onText?(delta.text) }
                }
            } catch {
                if !text.isEmpty { throw .interruptedAfterText("bad last event") }
                throw .malformed("bad last event")
            }
        }
        // A stream that ends without its closing event was cut, even when the socket closed cleanly.
        guard finished || usage != nil else {
            if !text.isEmpty { throw .interruptedAfterText("stream ended without its final event") }
            throw .transport(.interrupted("stream ended without its final event"))
        }
        guard !text.isEmpty else { throw .malformed("empty answer") }
        return LLMCompletion(text: text, usage: usage)
    }
}
