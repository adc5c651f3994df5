import CCurl
import Foundation
import NIOPosix
import Synchronization

/// `HTTPTransport` over libcurl's easy interface. Each transfer runs on a thread of a dedicated
/// pool, so a slow provider never holds an event loop; bytes flow back through an async stream.
final class CurlTransport: HTTPTransport {
    private let threads: NIOThreadPool

    /// `concurrency` is the number of transfers that run at once; more wait their turn.
    init(concurrency: Int = 16) {
        _ = ccurl_global_init()
        threads = NIOThreadPool(numberOfThreads: concurrency)
        threads.start()
    }

    deinit { threads.shutdownGracefully { _ in } }

    func send(_ call: HTTPCall) -> AsyncThrowingStream<HTTPPart, any Error> {
        let (stream, continuation) = AsyncThrowingStream<HTTPPart, any Error>.makeStream(bufferingPolicy: .unbounded)
        let transfer = CurlTransfer(continuation: continuation)
        continuation.onTermination = { _ in transfer.cancelled.store(true, ordering: .relaxed) }
        threads.submit { state in
            guard case .active = state else {
                continuation.finish(throwing: TransportError.other("transport shut down"))
                return
            }
            transfer.run(call)
        }
        return stream
    }
}

/// The state of one transfer, shared with curl's C callbacks through an unretained pointer.
private final class CurlTransfer: Sendable {
    let continuation: AsyncThrowingStream<HTTPPart, any Error>.Continuation
    let cancelled = Atomic<Bool>(false)
    /// Only touched on the transfer's own thread.
    private let head = Mutex<(status: Int, headers: [String: String], sent: Bool)>((0, [:], false))

    init(continuation: AsyncThrowingStream<HTTPPart, any Error>.Continuation) { self.continuation = continuation }

    func run(_ call: HTTPCall) {
        guard let request = call.url.withCString({ ccurl_request_new($0) }) else {
            continuation.finish(throwing: TransportError.other("cannot create a curl handle"))
            return
        }
        defer { ccurl_request_free(request) }
        for (name, value) in call.headers { _ = ccurl_request_add_header(request, "\(name): \(value)") }
        _ = ccurl_request_add_header(request, "Expect:")
        call.body.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { _ = ccurl_request_set_body(request, $0.baseAddress, $0.count) }
        }
        ccurl_request_set_timeouts(request, Int(call.connectTimeout * 1000), Int(call.totalTimeout * 1000))
        let me = Unmanaged.passUnretained(self).toOpaque()
        ccurl_request_set_callbacks(request, { data, length, userdata in
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata!).takeUnretainedValue()
            return transfer.receiveBody(data, length)
        }, { data, length, userdata in
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata!).takeUnretainedValue()
            return transfer.receiveHeader(data, length)
        }, { userdata in
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata!).takeUnretainedValue()
            return transfer.cancelled.load(ordering: .relaxed) ? 1 : 0
        }, me)
        var status = 0
        var message = [CChar](repeating: 0, count: 256)
        let kind = withExtendedLifetime(self) { ccurl_perform(request, &status, &message, message.count) }
        let text = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if cancelled.load(ordering: .relaxed) { continuation.finish(throwing: TransportError.cancelled); return }
        switch Int(kind) {
        case Int(CCURL_OK):
            flushHead(fallbackStatus: status)
            continuation.finish()
        case Int(CCURL_TIMEOUT): continuation.finish(throwing: TransportError.timeout(text))
        case Int(CCURL_ABORTED): continuation.finish(throwing: TransportError.cancelled)
        case Int(CCURL_CONNECT): continuation.finish(throwing: TransportError.connect(text))
        case Int(CCURL_TRANSFER): continuation.finish(throwing: TransportError.interrupted(text))
        default: continuation.finish(throwing: TransportError.other(text))
        }
    }

    private func receiveHeader(_ data: UnsafePointer<CChar>?, _ length: Int) -> Int {
        guard let data else { return length }
        let line = data.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }.trimmingCharacters(in: .whitespacesAndNewlines)
        head.withLock { h in
            if line.hasPrefix("HTTP/") {
                // A new header block (after 100-continue or a redirect) replaces the previous one.
                let parts = line.split(separator: " ", maxSplits: 2)
                h.status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
                h.headers = [:]
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].lowercased()
                h.headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return length
    }

    private func flushHead(fallbackStatus: Int) {
        let part: HTTPPart? = head.withLock { h in
            guard !h.sent else { return nil }
            h.sent = true
            return .head(status: h.status == 0 ? fallbackStatus : h.status, headers: h.headers)
        }
        if let part { continuation.yield(part) }
    }

    private func receiveBody(_ data: UnsafePointer<CChar>?, _ length: Int) -> Int {
        if cancelled.load(ordering: .relaxed) { return 0 }
        flushHead(fallbackStatus: 0)
        guard let data, length > 0 else { return length }
        let bytes = data.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
        if case .terminated = continuation.yield(.body(bytes)) { return 0 }
        return length
    }
}
