import CHiredis
import Foundation

/// A reply from Redis, copied out of hiredis' memory.
enum RedisReply: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case array([RedisReply])
    case status(String)
    case null

    /// The reply as text when it is a bulk string, status or integer.
    var text: String? {
        switch self {
        case .string(let s), .status(let s): s
        case .integer(let i): String(i)
        default: nil
        }
    }
}

/// Why a Redis command failed.
enum RedisError: Error, CustomStringConvertible {
    /// Connecting, writing or reading failed: the connection is unusable.
    case io(String)
    /// Redis answered with an error reply (wrong type, script error…): the connection is still fine.
    case server(String)

    var description: String {
        switch self {
        case .io(let m): "redis I/O error: \(m)"
        case .server(let m): "redis error: \(m)"
        }
    }
}

/// One blocking hiredis connection. Used by one thread at a time (the pool hands it out exclusively).
final class RedisConnection: @unchecked Sendable {
    private let context: UnsafeMutablePointer<redisContext>

    /// Connects with a connect timeout, then sets the command timeout, authenticates and selects the database.
    init(url: RedisURL, connectTimeout: Double, commandTimeout: Double) throws {
        guard let ctx = redisConnectWithTimeout(url.host, Int32(url.port), Self.timeval(connectTimeout)) else {
            throw RedisError.io("cannot allocate a redis context")
        }
        if ctx.pointee.err != 0 {
            let message = Self.errorString(ctx)
            redisFree(ctx)
            throw RedisError.io("connect \(url): \(message)")
        }
        context = ctx
        _ = redisSetTimeout(ctx, Self.timeval(commandTimeout))
        _ = redisEnableKeepAlive(ctx)
        if let password = url.password { _ = try command(["AUTH"] + (url.username.map { [$0] } ?? []) + [password]) }
        if url.database != 0 { _ = try command(["SELECT", String(url.database)]) }
    }

    deinit { redisFree(context) }

    /// Runs one command with binary-safe arguments (`redisCommandArgv`).
    func command(_ args: [String]) throws -> RedisReply {
        let bytes = args.map { Array($0.utf8) }
        let lengths = bytes.map(\.count)
        let raw: UnsafeMutableRawPointer? = withCStringArray(bytes) { argv in
            lengths.withUnsafeBufferPointer { lens in
                redisCommandArgv(context, Int32(args.count), argv, lens.baseAddress)
            }
        }
        guard let raw else { throw RedisError.io(Self.errorString(context)) }
        let reply = raw.assumingMemoryBound(to: redisReply.self)
        defer { freeReplyObject(raw) }
        return try Self.convert(reply)
    }

    private static func convert(_ reply: UnsafeMutablePointer<redisReply>) throws -> RedisReply {
        let r = reply.pointee
        switch r.type {
        case REDIS_REPLY_STRING:
            return .string(string(r.str, r.len))
        case REDIS_REPLY_STATUS:
            return .status(string(r.str, r.len))
        case REDIS_REPLY_INTEGER:
            return .integer(Int(r.integer))
        case REDIS_REPLY_NIL:
            return .null
        case REDIS_REPLY_ERROR:
            throw RedisError.server(string(r.str, r.len))
        case REDIS_REPLY_ARRAY:
            var items: [RedisReply] = []
            items.reserveCapacity(Int(r.elements))
            for i in 0..<Int(r.elements) {
                if let element = r.element[i] { items.append(try convert(element)) } else { items.append(.null) }
            }
            return .array(items)
        default:
            return .null
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<CChar>?, _ length: Int) -> String {
        guard let pointer else { return "" }
        return pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    private static func errorString(_ ctx: UnsafeMutablePointer<redisContext>) -> String {
        withUnsafeBytes(of: ctx.pointee.errstr) { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let end = bytes.firstIndex(of: 0) ?? bytes.count
            return String(decoding: bytes[..<end], as: UTF8.self)
        } + " (\(ctx.pointee.err))"
    }

    private static func timeval(_ seconds: Double) -> Glibc.timeval {
        let whole = Int(seconds)
        return Glibc.timeval(tv_sec: whole, tv_usec: Int((seconds - Double(whole)) * 1_000_000))
    }
}

/// Calls `body` with a C array of pointers to the given byte arrays (which must outlive the call).
private func withCStringArray<R>(_ arrays: [[UInt8]], _ body: (UnsafeMutablePointer<UnsafePointer<CChar>?>) -> R) -> R {
    let pointers = UnsafeMutablePointer<UnsafePointer<CChar>?>.allocate(capacity: max(arrays.count, 1))
    defer { pointers.deallocate() }
    var buffers: [UnsafeMutablePointer<CChar>] = []
    buffers.reserveCapacity(arrays.count)
    defer { buffers.forEach { $0.deallocate() } }
    for (i, bytes) in arrays.enumerated() {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: max(bytes.count, 1))
        bytes.withUnsafeBufferPointer { src in
            guard let base = src.baseAddress else { return }
            buffer.withMemoryRebound(to: UInt8.self, capacity: bytes.count) { $0.update(from: base, count: bytes.count) }
        }
        buffers.append(buffer)
        pointers[i] = UnsafePointer(buffer)
    }
    return body(pointers)
}
