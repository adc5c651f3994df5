import Commerce
import Foundation
import IntentEngine
import TurkishText

/// LLM answers cached in the key-value store (Redis shared by every instance; in-process when Redis is
/// absent or down). Keys start with the business id, so no business ever reads another's entries.
struct ResponseCache: Sendable {
    let store: any KeyValueStore
    /// Seconds an entry lives.
    let ttl: Int

    private struct Entry: Codable { var text: String; var model: String }

    static func prefix(_ businessID: String) -> String { "llm:cache:\(businessID):" }
    static let allPrefix = "llm:cache:"
    static func statsKey(_ businessID: String, _ name: String) -> String { "llm:stats:\(businessID):\(name)" }

    /// The key of one answer: business, normalized question, the context that changes the answer
    /// (products offered, recent turns), catalogue version, prompt version and model.
    static func key(businessID: String, context: LLMContext, historyTurns: Int, maxProducts: Int,
                    catalogueVersion: String, provider: String, model: String) -> String {
        var parts = [normalized(PIIRedactor.redact(context.question))]
        parts.append(context.products.prefix(maxProducts).map(\.id).joined(separator: ","))
        for turn in context.history.suffix(historyTurns) {
            parts.append(normalized(PIIRedactor.redact(turn.user)))
            parts.append(normalized(PIIRedactor.redact(turn.bot)))
        }
        parts += [catalogueVersion, PromptBuilder.version, provider, model]
        // A length prefix per part keeps "a|b" + "c" apart from "a" + "b|c".
        let material = parts.map { "\($0.utf8.count):\($0)" }.joined()
        return prefix(businessID) + SHA256Digest.hex(Array(material.utf8))
    }

    /// Case, diacritics, punctuation and spacing do not change a question's meaning.
    static func normalized(_ text: String) -> String {
        let folded = Folding.key(text)
        var out = ""
        var pendingSpace = false
        for ch in folded {
            if ch.isLetter || ch.isNumber || ch == "[" || ch == "]" {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// The cached answer, if any; a store failure counts as a miss.
    func lookup(_ key: String) async -> String? {
        guard let raw = try? await store.get(key), let data = raw.data(using: .utf8),
              let entry = try? JSONDecoder().decode(Entry.self, from: data) else { return nil }
        return entry.text
    }

    func save(_ key: String, text: String, model: String) async {
        guard let data = try? JSONEncoder().encode(Entry(text: text, model: model)) else { return }
        try? await store.set(key, value: String(decoding: data, as: UTF8.self), ttl: ttl)
    }

    func count(hit: Bool, businessID: String) async {
        _ = try? await store.increment(Self.statsKey(businessID, hit ? "hits" : "misses"), by: 1, ttl: nil)
    }

    func stats(businessID: String) async -> CacheStats {
        let entries = (try? await store.keys(prefix: Self.prefix(businessID)).count) ?? 0
        let hits = Int((try? await store.get(Self.statsKey(businessID, "hits"))) ?? nil ?? "0") ?? 0
        let misses = Int((try? await store.get(Self.statsKey(businessID, "misses"))) ?? nil ?? "0") ?? 0
        let total = hits + misses
        return CacheStats(entries: entries, hits: hits, misses: misses, hitRate: total == 0 ? 0 : Double(hits) / Double(total))
    }

    /// Removes the entries (and counters) of one business, or of all.
    func clear(businessID: String?) async -> Int {
        if let businessID {
            _ = try? await store.deleteAll(prefix: "llm:stats:\(businessID):")
            return (try? await store.deleteAll(prefix: Self.prefix(businessID))) ?? 0
        }
        _ = try? await store.deleteAll(prefix: "llm:stats:")
        return (try? await store.deleteAll(prefix: Self.allPrefix)) ?? 0
    }
}
