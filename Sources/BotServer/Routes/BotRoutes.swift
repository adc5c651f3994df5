import Commerce
import Foundation
import HTTPTypes
import Hummingbird
import IntentEngine
import Logging
import NIOCore
import Synchronization

/// `POST /web_bot` and `POST /web_bot/stream`.
struct BotRoutes: Sendable {
    let chat: ChatService
    let cors: CORSPolicy

    func register(on router: Router<BotRequestContext>) {
        router.post("/web_bot") { request, context in await self.answer(request, context: context) }
        router.post("/web_bot/stream") { request, context in try await self.stream(request, context: context) }
    }

    /// Reads and validates the body; the limit also applies while a body without a length streams in.
    private func readRequest(_ request: Request) async throws(APIError) -> ChatRequest {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: BodyLimit.bytes)
        } catch is NIOTooManyBytesError {
            throw .tooLarge(limit: BodyLimit.bytes)
        } catch {
            throw .invalidJSON("the body could not be read")
        }
        return try ChatRequest.decode(buffer.readableBytesView)
    }

    func answer(_ request: Request, context: BotRequestContext) async -> Response {
        let origin = request.headers[.origin]
        var shopForCORS: Shop? = nil
        do throws(APIError) {
            let chat = try await readRequest(request)
            shopForCORS = self.chat.services.shops.shop(chat.businessID)
            let reply = try await self.chat.answer(chat, client: clientAddress(request, context), requestID: context.requestID)
            logQuestion(chat, reply: reply)
            var response = jsonResponse(reply)
            cors.decorate(&response, origin: origin, shop: shopForCORS)
            return response
        } catch {
            var response = error.response(requestID: context.requestID)
            cors.decorate(&response, origin: origin, shop: shopForCORS)
            return response
        }
    }

    func stream(_ request: Request, context: BotRequestContext) async throws -> Response {
        let origin = request.headers[.origin]
        let turn: ChatService.Turn
        do {
            let chat = try await readRequest(request)
            turn = try await self.chat.begin(chat, client: clientAddress(request, context), requestID: context.requestID)
        } catch {
            var response = error.response(requestID: context.requestID)
            cors.decorate(&response, origin: origin, shop: nil)
            return response
        }
        let service = self.chat
        var headers: HTTPFields = [:]
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-cache"
        headers[HTTPField.Name("X-Accel-Buffering")!] = "no"
        var response = Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let events = AsyncStream<ByteBuffer>.makeStream()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    await StreamProducer(chat: service, turn: turn, out: events.continuation).run()
                }
                for await event in events.stream {
                    try await writer.write(event)
                }
                try await group.waitForAll()
            }
            try await writer.finish(nil)
        })
        cors.decorate(&response, origin: origin, shop: turn.shop)
        return response
    }

    /// The caller's address: the socket peer, or the first `X-Forwarded-For` hop when the peer is a
    /// local proxy (loopback, private network, or no socket in router tests).
    private func clientAddress(_ request: Request, _ context: BotRequestContext) -> String {
        let peer = context.peerAddress
        if peer == nil || ClientAddress.isTrustedProxy(peer!), let forwarded = request.headers[.xForwardedFor] {
            let first = forwarded.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if !first.isEmpty, first.count <= 64 { return first }
        }
        return peer ?? "local"
    }

    private func jsonResponse(_ value: some JSONWritable) -> Response {
        var headers = HTTPFields()
        // The edge adds the security headers and the request id: room for all of them at once.
        headers.reserveCapacity(8)
        headers.append(Self.jsonType)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: JSONWriter.bytes(of: value)))
    }

    /// Built once: a field set by name checks its value's bytes each time.
    private static let jsonType = HTTPField(name: .contentType, value: "application/json; charset=utf-8")

    private func logQuestion(_ chat: ChatRequest, reply: ChatResponse) {
        let logger = self.chat.services.logger
        guard logger.logLevel <= .debug else { return }
        logger.debug("answer", metadata: [
            "request_id": .string(reply.requestID), "business_id": .string(chat.businessID),
            "question": .string(PIIRedactor.redact(chat.question)), "intent": .string(reply.intent),
            "method": .string(reply.method),
        ])
    }
}

/// Produces the SSE events of one streamed turn: `metadata` before the first text, `chunk`s, `complete`.
struct StreamProducer: Sendable {
    let chat: ChatService
    let turn: ChatService.Turn
    let out: AsyncStream<ByteBuffer>.Continuation

    func run() async {
        defer { out.finish() }
        let sentMetadata = SentFlag()
        let outcome = await chat.consultLLM(turn) { text in
            if sentMetadata.setOnce() { out.yield(SSE.event("metadata", metadata(method: .llm))) }
            out.yield(SSE.event("chunk", StreamChunk(text: text)))
        }
        let response = await chat.finish(turn, llm: outcome)
        if sentMetadata.setOnce() {
            out.yield(SSE.event("metadata", metadata(method: AnswerMethod(rawValue: response.method) ?? .fallback)))
            for piece in SSE.pieces(of: response.answer) { out.yield(SSE.event("chunk", StreamChunk(text: piece))) }
        }
        out.yield(SSE.event("complete", response))
    }

    private func metadata(method: AnswerMethod) -> StreamMetadata {
        let currency = turn.shop.catalogue.currency
        return StreamMetadata(intent: turn.reply.intent.rawValue, method: method.rawValue,
                              confidence: turn.reply.confidence,
                              products: turn.reply.products.map { ProductSummary($0, currency: currency) },
                              sessionID: turn.sessionID, requestID: turn.requestID)
    }
}

/// Server-sent event framing.
enum SSE {
    static func event(_ name: String, _ value: some JSONWritable) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeString("event: \(name)\ndata: ")
        var json = JSONWriter.bytes(of: value)
        buffer.writeBuffer(&json)   // JSON text has no raw newlines, so one data line suffices
        buffer.writeString("\n\n")
        return buffer
    }

    /// An answer cut into line-sized chunks whose concatenation is the answer.
    static func pieces(of text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for ch in text {
            current.append(ch)
            if ch == "\n" { pieces.append(current); current = "" }
        }
        if !current.isEmpty || pieces.isEmpty { pieces.append(current) }
        return pieces
    }
}

/// A flag that is set once across tasks.
final class SentFlag: Sendable {
    private let flag = Mutex(false)
    /// True the first time only.
    func setOnce() -> Bool { flag.withLock { was in defer { was = true }; return !was } }
}

/// Which peers may tell us the client's address.
enum ClientAddress {
    static func isTrustedProxy(_ ip: String) -> Bool {
        ip == "127.0.0.1" || ip == "::1" || ip.hasPrefix("10.") || ip.hasPrefix("192.168.") || ip.hasPrefix("fd")
            || ip.hasPrefix("::ffff:127.") || (ip.hasPrefix("172.") && (16...31).contains(Int(ip.split(separator: ".").dropFirst().first ?? "") ?? 0))
    }
}

extension HTTPField.Name {
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
