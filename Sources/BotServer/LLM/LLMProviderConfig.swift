import Foundation

/// One configured provider: where it is, how it speaks, what it costs.
struct LLMProviderConfig: Sendable, Equatable {
    /// "primary" or "fallback" (logs, metrics, health).
    var role: String
    var format: LLMWireFormat
    var baseURL: String
    var apiKey: String
    var model: String
    var price: ModelPrice
    var connectTimeout: Double = 3
    /// Seconds for a whole call, streaming included.
    var timeout: Double = 30
    var maxOutputTokens: Int = 400
    var temperature: Double = 0.2

    /// The label used in metrics and health reports.
    var name: String { "\(role):\(format.rawValue)/\(model)" }
}

/// Retry, breaker, cache and pricing settings of the LLM layer.
struct LLMSettingsConfig: Sendable {
    /// Calls per provider before giving up on it (the first one included).
    var maxAttempts = 3
    /// Base and cap of the exponential backoff, in seconds.
    var backoffBase = 0.25
    var backoffCap = 4.0
    /// A `Retry-After` longer than this sends the request to the next provider instead of waiting.
    var maxRetryAfter = 10.0
    /// Seconds after which no further attempt starts (the customer is waiting).
    var deadline = 45.0
    /// Consecutive failures that open a provider's breaker, and how long it stays open.
    var breakerThreshold = 5
    var breakerCooldown = 30.0
    /// Seconds an answer stays in the response cache.
    var cacheTTL = 6 * 3600
    /// Conversation turns sent with the question.
    var historyTurns = 4
    /// Catalogue products sent with the question.
    var maxProducts = 5
}

extension LLMProviderConfig {
    /// Reads `<prefix>PROVIDER`, `<prefix>BASE_URL`, `<prefix>API_KEY`, `<prefix>MODEL` (and timeouts,
    /// prices); nil when the provider or its key is missing. A loopback base URL needs no key (local models).
    static func from(environment env: [String: String], prefix: String, role: String,
                     prices: PriceTable, defaults: LLMProviderConfig? = nil) -> LLMProviderConfig? {
        func value(_ name: String) -> String? {
            env[prefix + name].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        guard let providerName = value("PROVIDER")?.lowercased(), let format = LLMWireFormat(rawValue: providerName) else {
            return nil
        }
        let baseURL = value("BASE_URL") ?? (format == .gemini ? "https://generativelanguage.googleapis.com" : "https://api.openai.com")
        let apiKey = value("API_KEY") ?? ""
        if apiKey.isEmpty && !Self.isLocal(baseURL) { return nil }
        let model = value("MODEL") ?? (format == .gemini ? "gemini-2.0-flash" : "gpt-4o-mini")
        var price = prices.price(for: model, local: Self.isLocal(baseURL))
        if let input = value("PRICE_INPUT_PER_MTOK").flatMap(Double.init) { price.inputPerMTok = input }
        if let output = value("PRICE_OUTPUT_PER_MTOK").flatMap(Double.init) { price.outputPerMTok = output }
        var config = LLMProviderConfig(role: role, format: format, baseURL: baseURL, apiKey: apiKey, model: model, price: price)
        let timeout = value("TIMEOUT_SECONDS").flatMap(Double.init) ?? defaults?.timeout
        if let timeout, timeout > 0 { config.timeout = timeout; config.connectTimeout = min(config.connectTimeout, timeout) }
        if let connect = value("CONNECT_TIMEOUT_SECONDS").flatMap(Double.init), connect > 0 { config.connectTimeout = connect }
        if let tokens = value("MAX_OUTPUT_TOKENS").flatMap(Int.init), tokens > 0 { config.maxOutputTokens = tokens }
        return config
    }

    /// True for endpoints on this machine (Ollama, llama.cpp, vLLM): no key required, free by default.
    static func isLocal(_ baseURL: String) -> Bool {
        guard let host = URLComponents(string: baseURL)?.host?.lowercased() else { return false }
        return host == "localhost" || host == "127.0.0.1" || host == "::1" || host == "[::1]"
    }
}

extension LLMSettingsConfig {
    /// Reads the optional `LLM_*` tuning variables.
    init(environment env: [String: String]) {
        func double(_ name: String) -> Double? { env[name].flatMap(Double.init).flatMap { $0 >= 0 ? $0 : nil } }
        if let v = double("LLM_MAX_ATTEMPTS") { maxAttempts = max(1, Int(v)) }
        if let v = double("LLM_BACKOFF_BASE_SECONDS") { backoffBase = v }
        if let v = double("LLM_BACKOFF_CAP_SECONDS") { backoffCap = v }
        if let v = double("LLM_MAX_RETRY_AFTER_SECONDS") { maxRetryAfter = v }
        if let v = double("LLM_DEADLINE_SECONDS") { deadline = v }
        if let v = double("LLM_BREAKER_THRESHOLD") { breakerThreshold = max(1, Int(v)) }
        if let v = double("LLM_BREAKER_COOLDOWN_SECONDS") { breakerCooldown = v }
        if let v = double("LLM_CACHE_TTL_SECONDS") { cacheTTL = max(1, Int(v)) }
        if let v = double("LLM_HISTORY_TURNS") { historyTurns = Int(v) }
        if let v = double("LLM_MAX_PRODUCTS") { maxProducts = Int(v) }
    }
}
