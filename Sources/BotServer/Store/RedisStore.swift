import Foundation
import Logging
import NIOPosix
import Synchronization

/// `KeyValueStore` over Redis (hiredis). hiredis blocks, so every command runs on a small dedicated
/// thread pool, never on the event loop; each pool thread borrows one pooled connection at a time.
final class RedisStore: KeyValueStore {
    let kind = "redis"
    let url: RedisURL
    private let connectTimeout: Double
    private let commandTimeout: Double
    private let threads: NIOThreadPool
    private let idle = Mutex<[RedisConnection]>([])
    private let maxIdle: Int

    /// Atomic add that sets the expiry only when the key is new (one round trip, no race).
    private static let incrementScript = """
        local v = redis.call(ARGV[3], KEYS[1], ARGV[1])
        if ARGV[2] ~= '' and redis.call('TTL', KEYS[1]) == -1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
        return tostring(v)
        """

    /// - Parameters: `poolSize` threads (and at most as many connections); timeouts in seconds.
    init(url: RedisURL, poolSize: Int = 4, connectTimeout: Double = 0.5, commandTimeout: Double = 1.0) {
        self.url = url
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
        self.maxIdle = poolSize
        threads = NIOThreadPool(numberOfThreads: poolSize)
        threads.start()
    }

    deinit {
        threads.shutdownGracefully { _ in }
    }

    /// Runs one command on the pool with a pooled connection; a connection that failed is dropped,
    /// so the next command reconnects.
    func command(_ args: [String]) async throws -> RedisReply {
        try await threads.runIfActive { [self] in
            let connection = try idle.withLock { $0.popLast() }
                ?? RedisConnection(url: url, connectTimeout: connectTimeout, commandTimeout: commandTimeout)
            do {
                let reply = try connection.command(args)
                release(connection)
                return reply
            } catch RedisError.server(let message) {
                release(connection)
                throw RedisError.server(message)
            }
        }
    }

    private func release(_ connection: RedisConnection) {
        idle.withLock { if $0.count < maxIdle { $0.append(connection) } }
    }

    func get(_ key: String) async throws -> String? {
        try await command(["GET", key]).text
    }

    func set(_ key: String, value: String, ttl: Int?) async throws {
        if let ttl, ttl > 0 {
            _ = try await command(["SET", key, value, "EX", String(ttl)])
        } else {
            _ = try await command(["SET", key, value])
        }
    }

    func delete(_ key: String) async throws {
        _ = try await command(["DEL", key])
    }

    func increment(_ key: String, by amount: Int, ttl: Int?) async throws -> Int {
        let reply = try await command(["EVAL", Self.incrementScript, "1", key, String(amount), ttl.map(String.init) ?? "", "INCRBY"])
        guard let text = reply.text, let value = Int(text) else { throw RedisError.server("unexpected INCRBY reply \(reply)") }
        return value
    }

    func incrementFloat(_ key: String, by amount: Double, ttl: Int?) async throws -> Double {
        let reply = try await command(["EVAL", Self.incrementScript, "1", key, String(amount), ttl.map(String.init) ?? "", "INCRBYFLOAT"])
        guard let text = reply.text, let value = Double(text) else { throw RedisError.server("unexpected INCRBYFLOAT reply \(reply)") }
        return value
    }

    func keys(prefix: String) async throws -> [String] {
        var cursor = "0"
        var found: [String] = []
        let pattern = Self.globEscaped(prefix) + "*"
        repeat {
            let reply = try await command(["SCAN", cursor, "MATCH", pattern, "COUNT", "1000"])
            guard case .array(let parts) = reply, parts.count == 2, let next = parts[0].text,
                  case .array(let names) = parts[1] else { throw RedisError.server("unexpected SCAN reply") }
            found.append(contentsOf: names.compactMap(\.text))
            cursor = next
        } while cursor != "0"
        return Array(Set(found))
    }

    func deleteAll(prefix: String) async throws -> Int {
        let doomed = try await keys(prefix: prefix)
        var removed = 0
        var start = 0
        while start < doomed.count {
            let batch = Array(doomed[start..<min(start + 500, doomed.count)])
            if case .integer(let n) = try await command(["DEL"] + batch) { removed += n }
            start += 500
        }
        return removed
    }

    func ping() async -> Bool {
        (try? await command(["PING"])) == .status("PONG")
    }

    /// Escapes Redis glob metacharacters so a prefix matches literally.
    static func globEscaped(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "*?[]\\".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
