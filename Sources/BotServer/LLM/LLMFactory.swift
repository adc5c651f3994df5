import Logging

/// The LLM layer configured from the environment (`LLM_PROVIDER`, `LLM_BASE_URL`, `LLM_API_KEY`,
/// `LLM_MODEL`, …); `NoLLM` when no provider is configured.
///
/// Optional: `LLM_FALLBACK_PROVIDER` / `_BASE_URL` / `_API_KEY` / `_MODEL` (a second provider),
/// `LLM_TIMEOUT_SECONDS`, `LLM_CACHE_TTL_SECONDS`, `LLM_PRICE_INPUT_PER_MTOK` / `LLM_PRICE_OUTPUT_PER_MTOK`
/// (and the `LLM_FALLBACK_` forms), `LLM_MAX_ATTEMPTS`, `LLM_BREAKER_THRESHOLD`, `LLM_BREAKER_COOLDOWN_SECONDS`,
/// `LLM_DEADLINE_SECONDS`, `LLM_MAX_CONCURRENCY` (simultaneous provider calls).
func makeLLM(environment: [String: String], store: any KeyValueStore, logger: Logger) -> any LLMAnswering & LLMAdministration {
    // Each transfer holds one thread of the transport for its whole duration (streams included).
    let concurrency = environment["LLM_MAX_CONCURRENCY"].flatMap(Int.init).map { max(1, $0) } ?? 16
    return makeLLM(environment: environment, store: store, logger: logger, transport: CurlTransport(concurrency: concurrency))
}

/// As above, with the HTTP transport given (tests).
func makeLLM(environment: [String: String], store: any KeyValueStore, logger: Logger,
             transport: @autoclosure () -> any HTTPTransport) -> any LLMAnswering & LLMAdministration {
    let prices = PriceTable.standard
    guard let primary = LLMProviderConfig.from(environment: environment, prefix: "LLM_", role: "primary", prices: prices) else {
        if environment["LLM_PROVIDER"] != nil {
            logger.warning("LLM_PROVIDER is set but the provider is unknown or has no LLM_API_KEY; answering from data only")
        }
        return NoLLM()
    }
    var providers = [primary]
    if let fallback = LLMProviderConfig.from(environment: environment, prefix: "LLM_FALLBACK_", role: "fallback",
                                             prices: prices, defaults: primary) {
        providers.append(fallback)
    }
    logger.info("LLM configured", metadata: ["providers": "\(providers.map(\.name).joined(separator: ", "))"])
    return LLMService(providers: providers, settings: LLMSettingsConfig(environment: environment), store: store,
                      transport: transport(), logger: logger)
}
