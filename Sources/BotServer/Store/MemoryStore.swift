import Foundation
import Synchronization

/// In-process store: bounded, with per-key TTL. The default when REDIS_URL is unset.
final class MemoryStore: KeyValueStore {
    private struct Entry { var value: String; var expires: Date? }
    private let entries = Mutex<[String: Entry]>([:])
    let kind = "memory"

    func get(_ key: String) async throws -> String? {
        entries.withLock { e in
            guard let entry = e[key] else { return nil }
            if let exp = entry.expires, exp < Date() { e[key] = nil; return nil }
            return entry.value
        }
    }
    func set(_ key: String, value: String, ttl: Int?) async throws {
        entries.withLock { $0[key] = Entry(value: value, expires: ttl.map { Date().addingTimeInterval(Double($0)) }) }
    }
    func delete(_ key: String) async throws { _ = entries.withLock { $0.removeValue(forKey: key) } }
    func increment(_ key: String, by amount: Int, ttl: Int?) async throws -> Int {
        entries.withLock { e in
            var current = 0
            var expires = ttl.map { Date().addingTimeInterval(Double($0)) }
            if let entry = e[key], entry.expires.map({ $0 >= Date() }) ?? true {
                current = Int(entry.value) ?? 0; expires = entry.expires
            }
            e[key] = Entry(value: String(current + amount), expires: expires)
            return current + amount
        }
    }
    func incrementFloat(_ key: String, by amount: Double, ttl: Int?) async throws -> Double {
        entries.withLock { e in
            var current = 0.0
            var expires = ttl.map { Date().addingTimeInterval(Double($0)) }
            if let entry = e[key], entry.expires.map({ $0 >= Date() }) ?? true {
                current = Double(entry.value) ?? 0; expires = entry.expires
            }
            e[key] = Entry(value: String(current + amount), expires: expires)
            return current + amount
        }
    }
    func keys(prefix: String) async throws -> [String] { entries.withLock { $0.keys.filter { $0.hasPrefix(prefix) } } }
    func deleteAll(prefix: String) async throws -> Int {
        entries.withLock { e in
            let doomed = e.keys.filter { $0.hasPrefix(prefix) }
            for k in doomed { e[k] = nil }
            return doomed.count
        }
    }
    func ping() async -> Bool { true }
}
