import Commerce
import Foundation
import IntentEngine

/// The server's shared key-value state: sessions, rate-limit counters, LLM cache and cost counters.
/// Implemented in-process (default) and over Redis; every call may fail when a remote store is down.
protocol KeyValueStore: Sendable {
    /// A short name for health reports ("memory", "redis").
    var kind: String { get }
    func get(_ key: String) async throws -> String?
    /// Sets `key`; `ttl` in seconds, nil for no expiry.
    func set(_ key: String, value: String, ttl: Int?) async throws
    func delete(_ key: String) async throws
    /// Atomically adds `amount` and returns the new value; sets `ttl` when the key is created.
    func increment(_ key: String, by amount: Int, ttl: Int?) async throws -> Int
    /// Atomically adds a float amount (costs) and returns the new value.
    func incrementFloat(_ key: String, by amount: Double, ttl: Int?) async throws -> Double
    /// Keys starting with `prefix` (admin reports; not on the request path).
    func keys(prefix: String) async throws -> [String]
    /// Deletes every key starting with `prefix`; returns how many.
    func deleteAll(prefix: String) async throws -> Int
    /// True when the store answers now.
    func ping() async -> Bool
}

/// A store that keeps values in this process, called without suspending: it holds conversations as
/// they are (writing a state as text and reading it back costs more than the rest of a short turn)
/// and counts rate limits in place.
protocol InProcessStore: Sendable {
    func conversation(_ key: String) -> StoredConversation?
    func setConversation(_ key: String, _ conversation: ConversationState, ttl: Int)
    /// `increment(key, by: 1, ttl:)` without the async call.
    func countOne(_ key: String, ttl: Int) -> Int
}

/// A saved conversation as the store holds it.
enum StoredConversation {
    case state(ConversationState)
    /// Written through `set` as text (the compact form, or JSON from earlier versions).
    case text(String)
}

/// What the LLM layer returns for one question.
enum LLMOutcome: Sendable {
    /// The model answered (or the cache did).
    case answered(text: String, cost: Double, cached: Bool)
    /// No LLM answer: not configured, disabled for the shop, budget reached, or provider failures.
    case unavailable(reason: String)
}

/// The LLM fallback as the request path sees it: cache, budgets, retries and providers behind one call.
protocol LLMAnswering: Sendable {
    /// True when a provider is configured at all (health reports).
    var isConfigured: Bool { get }
    /// Answers from the LLM, calling `onChunk` with text as it streams (nil: no streaming).
    func answer(shop: Shop, context: LLMContext, useCache: Bool,
                onChunk: (@Sendable (String) async -> Void)?) async -> LLMOutcome
    /// Health of the provider(s) for /health/detailed.
    func health() async -> [String: String]
}

/// The LLM layer when no provider is configured: the bot answers from data alone.
struct NoLLM: LLMAnswering {
    var isConfigured: Bool { false }
    func answer(shop: Shop, context: LLMContext, useCache: Bool,
                onChunk: (@Sendable (String) async -> Void)?) async -> LLMOutcome {
        .unavailable(reason: "no LLM provider configured")
    }
    func health() async -> [String: String] { ["status": "not_configured"] }
}

/// LLM response-cache figures for one business (admin report).
struct CacheStats: Codable, Sendable {
    var entries: Int
    var hits: Int
    var misses: Int
    var hitRate: Double
    enum CodingKeys: String, CodingKey { case entries, hits, misses, hitRate = "hit_rate" }
}

/// LLM spending of one business against its budgets (admin report).
struct CostReport: Codable, Sendable {
    var businessID: String
    var todayUSD: Double
    var monthUSD: Double
    var dailyBudgetUSD: Double?
    var monthlyBudgetUSD: Double?
    var calls: Int
    enum CodingKeys: String, CodingKey {
        case businessID = "business_id", todayUSD = "today_usd", monthUSD = "month_usd"
        case dailyBudgetUSD = "daily_budget_usd", monthlyBudgetUSD = "monthly_budget_usd", calls
    }
}

/// Admin views of the LLM layer.
protocol LLMAdministration: Sendable {
    func cacheStats(businessIDs: [String]) async -> [String: CacheStats]
    /// Clears the response cache of one business, or of all when nil; returns entries removed.
    func clearCache(businessID: String?) async -> Int
    func costReport(shops: [Shop]) async -> [CostReport]
}

extension NoLLM: LLMAdministration {
    func cacheStats(businessIDs: [String]) async -> [String: CacheStats] { [:] }
    func clearCache(businessID: String?) async -> Int { 0 }
    func costReport(shops: [Shop]) async -> [CostReport] { [] }
}
