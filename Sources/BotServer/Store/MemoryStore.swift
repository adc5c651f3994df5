import Foundation
import IntentEngine
import Synchronization

/// In-process store: bounded, with per-key TTL. The default when REDIS_URL is unset, and the
/// stand-in while Redis is down.
final class MemoryStore: KeyValueStore {
    private struct Entry { var value: Value; var expires: Date? }
    /// Conversations and request counters are kept as they are; every other value is text.
    private enum Value {
        case text(String)
        case conversation(ConversationState)
        case count(Int)

        var text: String {
            switch self {
            case .text(let text): text
            case .conversation(let state): state.storeText()
            case .count(let n): String(n)
            }
        }
    }
    private struct State {
        var entries: [String: Entry] = [:]
        var writesSincePurge = 0
    }
    private let state = Mutex(State())
    /// Above this many keys, expired ones are purged and then the soonest-expiring go first.
    let maxEntries: Int
    let kind = "memory"

    init(maxEntries: Int = 200_000) { self.maxEntries = maxEntries }

    var count: Int { state.withLock { $0.entries.count } }

    func get(_ key: String) async throws -> String? {
        state.withLock { Self.liveValue(&$0, key)?.text }
    }

    func set(_ key: String, value: String, ttl: Int?) async throws {
        put(key, .text(value), ttl: ttl)
    }

    private func put(_ key: String, _ value: Value, ttl: Int?) {
        state.withLock { s in
            s.entries[key] = Entry(value: value, expires: ttl.map { Date().addingTimeInterval(Double($0)) })
            noteWrite(&s)
        }
    }

    func delete(_ key: String) async throws { _ = state.withLock { $0.entries.removeValue(forKey: key) } }

    func increment(_ key: String, by amount: Int, ttl: Int?) async throws -> Int {
        count(key, by: amount, ttl: ttl)
    }

    func incrementFloat(_ key: String, by amount: Double, ttl: Int?) async throws -> Double {
        add(amount, to: key, ttl: ttl)
    }

    /// Adds to a numeric value atomically, keeping the expiry of a live key.
    private func add<N: LosslessStringConvertible & AdditiveArithmetic & Sendable>(_ amount: N, to key: String, ttl: Int?) -> N {
        state.withLock { s in
            let (current, expires) = live(s, key, ttl: ttl)
            let next = (current.flatMap(N.init) ?? .zero) + amount
            s.entries[key] = Entry(value: .text(String(next)), expires: expires)
            noteWrite(&s)
            return next
        }
    }

    func keys(prefix: String) async throws -> [String] {
        let now = Date()
        return state.withLock { s in
            s.entries.compactMap { key, entry in
                key.hasPrefix(prefix) && (entry.expires.map { $0 >= now } ?? true) ? key : nil
            }
        }
    }

    func deleteAll(prefix: String) async throws -> Int {
        let now = Date()
        return state.withLock { s in
            let doomed = s.entries.filter { $0.key.hasPrefix(prefix) }
            for key in doomed.keys { s.entries[key] = nil }
            return doomed.values.filter { $0.expires.map { $0 >= now } ?? true }.count
        }
    }

    func ping() async -> Bool { true }

    /// The current value and the expiry an increment keeps (a new key gets `ttl`).
    private func live(_ s: State, _ key: String, ttl: Int?) -> (String?, Date?) {
        if let entry = s.entries[key], entry.expires.map({ $0 >= Date() }) ?? true { return (entry.value.text, entry.expires) }
        return (nil, ttl.map { Date().addingTimeInterval(Double($0)) })
    }

    /// The value under `key`, nil when there is none or it has expired (then it is dropped).
    private static func liveValue(_ s: inout State, _ key: String) -> Value? {
        guard let entry = s.entries[key] else { return nil }
        if let exp = entry.expires, exp < Date() { s.entries[key] = nil; return nil }
        return entry.value
    }

    private func noteWrite(_ s: inout State) {
        s.writesSincePurge += 1
        guard s.entries.count > maxEntries || s.writesSincePurge >= 4096 else { return }
        s.writesSincePurge = 0
        let now = Date()
        s.entries = s.entries.filter { $0.value.expires.map { $0 >= now } ?? true }
        if s.entries.count > maxEntries {
            // Still full of live keys: drop the tenth that would expire soonest (keys without TTL last).
            let victims = s.entries.sorted { ($0.value.expires ?? .distantFuture) < ($1.value.expires ?? .distantFuture) }
                .prefix(max(1, s.entries.count - maxEntries + maxEntries / 10))
            for (key, _) in victims { s.entries[key] = nil }
        }
    }
}

extension MemoryStore: InProcessStore {
    func conversation(_ key: String) -> StoredConversation? {
        switch state.withLock({ Self.liveValue(&$0, key) }) {
        case .conversation(let state)?: .state(state)
        case .text(let text)?: .text(text)
        case .count(let n)?: .text(String(n))
        case nil: nil
        }
    }

    func setConversation(_ key: String, _ conversation: ConversationState, ttl: Int) {
        put(key, .conversation(conversation), ttl: ttl)
    }

    func countOne(_ key: String, ttl: Int) -> Int { count(key, by: 1, ttl: ttl) }

    /// Adds to a counter with one lookup, keeping the expiry of a live key and the count as a number:
    /// every request counts against two rate limits. A value written as text goes on from its number.
    private func count(_ key: String, by amount: Int, ttl: Int?) -> Int {
        state.withLock { s in
            let now = Date()
            var next = amount
            if let i = s.entries.index(forKey: key), s.entries.values[i].expires.map({ $0 >= now }) ?? true {
                switch s.entries.values[i].value {
                case .count(let n): next = n + amount
                case .text(let text): next = (Int(text) ?? 0) + amount
                case .conversation: break
                }
                s.entries.values[i].value = .count(next)
            } else {
                s.entries[key] = Entry(value: .count(amount), expires: ttl.map { now.addingTimeInterval(Double($0)) })
            }
            noteWrite(&s)
            return next
        }
    }
}
