/// What a model costs, in US dollars per million tokens.
struct ModelPrice: Sendable, Equatable {
    var inputPerMTok: Double
    var outputPerMTok: Double

    /// The cost of one call from its usage.
    func cost(_ usage: LLMUsage) -> Double {
        (Double(usage.inputTokens) * inputPerMTok + Double(usage.outputTokens) * outputPerMTok) / 1_000_000
    }
}

/// List prices of common models, matched by the longest model-name prefix. Unknown hosted models get a
/// deliberately high price so budgets still stop spending; local models are free.
struct PriceTable: Sendable {
    var entries: [(prefix: String, price: ModelPrice)]
    var unknown = ModelPrice(inputPerMTok: 2.5, outputPerMTok: 10)

    static let standard = PriceTable(entries: [
        ("gemini-2.5-pro", ModelPrice(inputPerMTok: 1.25, outputPerMTok: 10)),
        ("gemini-2.5-flash-lite", ModelPrice(inputPerMTok: 0.10, outputPerMTok: 0.40)),
        ("gemini-2.5-flash", ModelPrice(inputPerMTok: 0.30, outputPerMTok: 2.50)),
        ("gemini-2.0-flash-lite", ModelPrice(inputPerMTok: 0.075, outputPerMTok: 0.30)),
        ("gemini-2.0-flash", ModelPrice(inputPerMTok: 0.10, outputPerMTok: 0.40)),
        ("gemini-1.5-flash", ModelPrice(inputPerMTok: 0.075, outputPerMTok: 0.30)),
        ("gemini-1.5-pro", ModelPrice(inputPerMTok: 1.25, outputPerMTok: 5)),
        ("gpt-4o-mini", ModelPrice(inputPerMTok: 0.15, outputPerMTok: 0.60)),
        ("gpt-4o", ModelPrice(inputPerMTok: 2.50, outputPerMTok: 10)),
        ("gpt-4.1-nano", ModelPrice(inputPerMTok: 0.10, outputPerMTok: 0.40)),
        ("gpt-4.1-mini", ModelPrice(inputPerMTok: 0.40, outputPerMTok: 1.60)),
        ("gpt-4.1", ModelPrice(inputPerMTok: 2, outputPerMTok: 8)),
        ("gpt-3.5-turbo", ModelPrice(inputPerMTok: 0.50, outputPerMTok: 1.50)),
    ])

    /// The price of `model`; zero for a model served locally.
    func price(for model: String, local: Bool) -> ModelPrice {
        if local { return ModelPrice(inputPerMTok: 0, outputPerMTok: 0) }
        let name = model.lowercased().split(separator: "/").last.map(String.init) ?? model.lowercased()
        return entries.filter { name.hasPrefix($0.prefix) }.max { $0.prefix.count < $1.prefix.count }?.price ?? unknown
    }
}
