import Foundation
import Logging

/// Fixed one-minute windows counted in the shared store (`increment` with a TTL), so every
/// instance sees the same counts. A store failure lets the request through and is counted.
struct RateLimiter: Sendable {
    let store: any KeyValueStore
    let metrics: BotMetrics
    let logger: Logger
    /// The store when it counts in this process: no suspension per check.
    private let local: (any InProcessStore)?

    init(store: any KeyValueStore, metrics: BotMetrics, logger: Logger) {
        self.store = store
        self.metrics = metrics
        self.logger = logger
        self.local = store as? any InProcessStore
    }

    /// The outcome of one check.
    enum Decision: Equatable {
        case allowed
        case limited(retryAfter: Int)
    }

    /// Counts one request against `key`'s window of the current minute.
    func check(key: String, limit: Int, now: Date = Date()) async -> Decision {
        guard limit > 0 else { return .allowed }
        let epoch = Int(now.timeIntervalSince1970)
        let window = epoch / 60
        let counter = StoreKey.join("rl:", key, ":", String(window))
        let count: Int
        if let local {
            count = local.countOne(counter, ttl: 120)
        } else {
            do {
                count = try await store.increment(counter, by: 1, ttl: 120)
            } catch {
                metrics.storeError(operation: "rate_limit")
                logger.warning("rate-limit counter unavailable; allowing", metadata: ["error": "\(error)"])
                return .allowed
            }
        }
        if count <= limit { return .allowed }
        return .limited(retryAfter: max(1, 60 - epoch % 60))
    }
}
