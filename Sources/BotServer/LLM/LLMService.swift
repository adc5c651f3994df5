import Commerce
import Foundation
import IntentEngine
import Logging
import Metrics

/// The LLM fallback behind one call: shop switch, cache, budgets, prompt, retries with backoff,
/// circuit breakers and a second provider. It never throws: anything that goes wrong becomes
/// `.unavailable`, and the caller answers with `llmFallbackAnswer`.
final class LLMService: LLMAnswering, LLMAdministration {
    /// One provider with its breaker.
    struct Provider: Sendable {
        let client: LLMProviderClient
        let breaker: CircuitBreaker
        var config: LLMProviderConfig { client.config }
    }

    let providers: [Provider]
    let settings: LLMSettingsConfig
    private let cache: ResponseCache
    private let costs: CostTracker
    private let prompts: PromptBuilder
    private let logger: Logger
    private let backoff: Backoff

    init(providers: [LLMProviderConfig], settings: LLMSettingsConfig, store: any KeyValueStore,
         transport: any HTTPTransport, logger: Logger) {
        self.providers = providers.map {
            Provider(client: LLMProviderClient(config: $0, transport: transport),
                     breaker: CircuitBreaker(threshold: settings.breakerThreshold, cooldown: settings.breakerCooldown))
        }
        self.settings = settings
        self.cache = ResponseCache(store: store, ttl: settings.cacheTTL)
        self.costs = CostTracker(store: store, logger: logger)
        self.prompts = PromptBuilder(historyTurns: settings.historyTurns, maxProducts: settings.maxProducts)
        self.logger = logger
        self.backoff = Backoff(base: settings.backoffBase, cap: settings.backoffCap)
    }

    var isConfigured: Bool { !providers.isEmpty }

    func answer(shop: Shop, context: LLMContext, useCache: Bool,
                onChunk: (@Sendable (String) async -> Void)?) async -> LLMOutcome {
        guard let first = chain(for: shop).first else { return unavailable("no LLM provider configured", shop) }
        guard shop.config.llm.enabled else { return unavailable("LLM disabled for this business", shop) }

        let key = ResponseCache.key(businessID: shop.id, context: context, historyTurns: settings.historyTurns,
                                    maxProducts: settings.maxProducts, catalogueVersion: shop.version,
                                    provider: first.provider.config.format.rawValue, model: first.model)
        if useCache {
            if let text = await cache.lookup(key) {
                Counter(label: "llm_cache_total", dimensions: [("result", "hit")]).increment()
                Task { await cache.count(hit: true, businessID: shop.id) }
                await onChunk?(text)
                return .answered(text: text, cost: 0, cached: true)
            }
            Counter(label: "llm_cache_total", dimensions: [("result", "miss")]).increment()
            Task { await cache.count(hit: false, businessID: shop.id) }
        }

        if let budget = await costs.exhaustedBudget(shop: shop) {
            return unavailable("\(budget) LLM budget reached", shop)
        }

        let prompt = prompts.prompt(shop: shop, context: context)
        switch await callWithRetries(prompt, shop: shop, onChunk: onChunk) {
        case .success(let (completion, provider, model)):
            let usage = completion.usage ?? Self.estimatedUsage(prompt, completion.text)
            if completion.usage == nil {
                logger.warning("LLM answer without usage fields; cost estimated", metadata: ["provider": "\(provider.config.name)"])
            }
            let cost = provider.config.price.cost(usage)
            FloatingPointCounter(label: "llm_cost_usd_total", dimensions: [("business", shop.id)]).increment(by: cost)
            await costs.record(shop: shop, cost: cost)
            if useCache, provider.config.format == first.provider.config.format, model == first.model {
                await cache.save(key, text: completion.text, model: model)
            }
            return .answered(text: completion.text, cost: cost, cached: false)
        case .failure(let failure):
            return unavailable(failure.reason, shop)
        }
    }

    private func unavailable(_ reason: String, _ shop: Shop) -> LLMOutcome {
        Counter(label: "llm_fallback_total", dimensions: [("reason", Self.metricReason(reason))]).increment()
        logger.info("LLM unavailable, answering with the fallback", metadata: ["business": "\(shop.id)", "reason": "\(reason)"])
        return .unavailable(reason: reason)
    }

    private struct Failure: Error { var reason: String }

    /// Providers in the order the shop prefers, each with the model to ask.
    func chain(for shop: Shop) -> [(provider: Provider, model: String)] {
        var ordered = providers
        if let wanted = shop.config.llm.provider.flatMap({ LLMWireFormat(rawValue: $0.lowercased()) }) {
            ordered = ordered.filter { $0.config.format == wanted } + ordered.filter { $0.config.format != wanted }
        }
        return ordered.enumerated().map { index, provider in
            let override = shop.config.llm.model.flatMap { $0.isEmpty ? nil : $0 }
            return (provider, index == 0 ? (override ?? provider.config.model) : provider.config.model)
        }
    }

    /// The retry loop: each provider gets `maxAttempts` calls with backoff (honouring `Retry-After`)
    /// for retryable failures while its breaker allows; then the next provider.
    private func callWithRetries(_ prompt: LLMPrompt, shop: Shop, onChunk: (@Sendable (String) async -> Void)?)
        async -> Result<(LLMCompletion, Provider, String), Failure> {
        var reasons: [String] = []
        let deadline = ContinuousClock.now + .milliseconds(Int64(settings.deadline * 1000))
        for (provider, model) in chain(for: shop) {
            guard ContinuousClock.now < deadline else {
                reasons.append("deadline passed")
                break
            }
            let name = provider.config.name
            for attempt in 1...settings.maxAttempts {
                if Task.isCancelled { return .failure(Failure(reason: "cancelled")) }
                guard provider.breaker.allowRequest() else {
                    reasons.append("\(name): circuit open")
                    break
                }
                let started = ContinuousClock.now
                do {
                    let completion = try await provider.client.call(prompt, model: model, onText: onChunk)
                    provider.breaker.recordSuccess()
                    Self.record(provider: name, outcome: "ok", since: started)
                    return .success((completion, provider, model))
                } catch {
                    Self.record(provider: name, outcome: error.kind, since: started)
                    if case .cancelled = error {
                        provider.breaker.recordNeutral()
                        return .failure(Failure(reason: "cancelled"))
                    }
                    if error.countsAgainstProvider {
                        if provider.breaker.recordFailure() {
                            Counter(label: "llm_breaker_open_total", dimensions: [("provider", name)]).increment()
                            logger.error("LLM provider circuit opened", metadata: ["provider": "\(name)"])
                        }
                    } else {
                        provider.breaker.recordNeutral()
                    }
                    logger.warning("LLM call failed", metadata: [
                        "provider": "\(name)", "attempt": "\(attempt)", "business": "\(shop.id)", "error": "\(error)",
                    ])
                    reasons.append("\(name): \(error.kind)")
                    if case .interruptedAfterText = error { return .failure(Failure(reason: "stream interrupted")) }
                    guard error.isRetryable, attempt < settings.maxAttempts else { break }
                    let delay = error.retryAfter ?? backoff.delay(attempt: attempt)
                    guard delay <= settings.maxRetryAfter,
                          ContinuousClock.now + .milliseconds(Int64(delay * 1000)) < deadline else { break }
                    do { try await Task.sleep(for: .milliseconds(Int64(delay * 1000))) } catch {
                        return .failure(Failure(reason: "cancelled"))
                    }
                }
            }
        }
        return .failure(Failure(reason: "providers failed: " + reasons.joined(separator: "; ")))
    }

    private static func record(provider: String, outcome: String, since start: ContinuousClock.Instant) {
        Counter(label: "llm_requests_total", dimensions: [("provider", provider), ("outcome", outcome)]).increment()
        let elapsed = ContinuousClock.now - start
        Timer(label: "llm_request_duration_seconds", dimensions: [("provider", provider)])
            .recordNanoseconds(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
    }

    private static func metricReason(_ reason: String) -> String {
        if reason.contains("budget") { return "budget" }
        if reason.contains("disabled") { return "disabled" }
        if reason.contains("no LLM") { return "not_configured" }
        if reason.contains("cancelled") { return "cancelled" }
        if reason.contains("interrupted") { return "interrupted" }
        return "provider_failure"
    }

    /// About four characters per token, for providers that send no usage (budgets still count).
    static func estimatedUsage(_ prompt: LLMPrompt, _ answer: String) -> LLMUsage {
        let input = prompt.system.count + prompt.turns.reduce(0) { $0 + $1.text.count }
        return LLMUsage(inputTokens: input / 4 + 1, outputTokens: answer.count / 4 + 1)
    }

    func health() async -> [String: String] {
        var report = ["status": providers.isEmpty ? "not_configured" : "configured"]
        for provider in providers {
            report["\(provider.config.role)"] = "\(provider.config.format.rawValue)/\(provider.config.model) breaker=\(provider.breaker.state.rawValue)"
        }
        if !providers.isEmpty, providers.allSatisfy({ $0.breaker.state == .open }) { report["status"] = "degraded" }
        return report
    }

    func cacheStats(businessIDs: [String]) async -> [String: CacheStats] {
        var result: [String: CacheStats] = [:]
        for id in businessIDs { result[id] = await cache.stats(businessID: id) }
        return result
    }

    func clearCache(businessID: String?) async -> Int { await cache.clear(businessID: businessID) }

    func costReport(shops: [Shop]) async -> [CostReport] {
        var reports: [CostReport] = []
        for shop in shops {
            let spent = await costs.spend(businessID: shop.id)
            reports.append(CostReport(businessID: shop.id, todayUSD: spent.day, monthUSD: spent.month,
                                      dailyBudgetUSD: shop.config.llm.dailyBudgetUSD,
                                      monthlyBudgetUSD: shop.config.llm.monthlyBudgetUSD, calls: spent.calls))
        }
        return reports
    }
}
