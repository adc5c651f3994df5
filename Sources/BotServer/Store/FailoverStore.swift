import Foundation
import Logging
import Metrics
import Synchronization

/// Redis first, in-process state while Redis is down. After a failure every call goes to the
/// in-process store at once (no waiting on a dead server); a background probe with exponential
/// backoff notices when Redis is back and switches over again by itself.
final class FailoverStore: KeyValueStore {
    private struct State {
        var primaryUp = true
        var probing = false
    }

    let primary: any KeyValueStore
    let fallback: any KeyValueStore
    private let logger: Logger
    private let state = Mutex(State())
    private let minProbeDelay: Double
    private let maxProbeDelay: Double
    private let failovers = Counter(label: "store_failovers_total")
    private let recoveries = Counter(label: "store_recoveries_total")

    var kind: String { primary.kind }

    /// True while calls go to the primary.
    var primaryIsUp: Bool { state.withLock { $0.primaryUp } }

    init(primary: any KeyValueStore, fallback: any KeyValueStore, logger: Logger,
         minProbeDelay: Double = 0.1, maxProbeDelay: Double = 5) {
        self.primary = primary
        self.fallback = fallback
        self.logger = logger
        self.minProbeDelay = minProbeDelay
        self.maxProbeDelay = maxProbeDelay
    }

    private func run<T: Sendable>(_ body: (any KeyValueStore) async throws -> T) async throws -> T {
        if primaryIsUp {
            do {
                return try await body(primary)
            } catch RedisError.server(let message) {
                // Redis is up and refused this one command: not an outage.
                throw RedisError.server(message)
            } catch {
                markDown(error)
            }
        }
        return try await body(fallback)
    }

    private func markDown(_ error: any Error) {
        let startProbe = state.withLock { s -> Bool in
            s.primaryUp = false
            if s.probing { return false }
            s.probing = true
            return true
        }
        guard startProbe else { return }
        failovers.increment()
        logger.error("store: \(primary.kind) unavailable, serving from memory", metadata: ["error": "\(error)"])
        // The probe holds the store weakly: a store dropped during an outage stops probing.
        Task { [weak self, minProbeDelay, maxProbeDelay] in
            var delay = minProbeDelay
            while true {
                try? await Task.sleep(for: .seconds(delay * Double.random(in: 0.8...1.2)))
                guard let store = self else { return }
                if await store.primary.ping() { store.recovered(); return }
                delay = min(delay * 2, maxProbeDelay)
            }
        }
    }

    private func recovered() {
        state.withLock { $0.primaryUp = true; $0.probing = false }
        recoveries.increment()
        logger.notice("store: \(primary.kind) is back")
    }

    func get(_ key: String) async throws -> String? { try await run { try await $0.get(key) } }
    func set(_ key: String, value: String, ttl: Int?) async throws { try await run { try await $0.set(key, value: value, ttl: ttl) } }
    func delete(_ key: String) async throws { try await run { try await $0.delete(key) } }
    func increment(_ key: String, by amount: Int, ttl: Int?) async throws -> Int {
        try await run { try await $0.increment(key, by: amount, ttl: ttl) }
    }
    func incrementFloat(_ key: String, by amount: Double, ttl: Int?) async throws -> Double {
        try await run { try await $0.incrementFloat(key, by: amount, ttl: ttl) }
    }
    func keys(prefix: String) async throws -> [String] { try await run { try await $0.keys(prefix: prefix) } }
    func deleteAll(prefix: String) async throws -> Int {
        // Clear both: entries written to memory during an outage must not outlive a clear.
        let local = (try? await fallback.deleteAll(prefix: prefix)) ?? 0
        if primaryIsUp, let remote = try? await run({ try await $0.deleteAll(prefix: prefix) }) { return remote + local }
        return local
    }
    /// Whether the primary answers now (health reports show the degraded state).
    func ping() async -> Bool { primaryIsUp ? await primary.ping() : false }
}
