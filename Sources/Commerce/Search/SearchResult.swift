/// One ranked product with the factors that placed it.
public struct SearchHit: Sendable {
    public var product: Product
    public var score: Double
    /// Named scoring factors, for debugging ("coverage": 1.0, "brand": 0.2, …).
    public var factors: [String: Double]

    public init(product: Product, score: Double, factors: [String: Double] = [:]) {
        self.product = product; self.score = score; self.factors = factors
    }
}

/// Ranked hits, best first, and how many products matched in all.
public struct SearchResult: Sendable {
    public var hits: [SearchHit]
    /// Products that really match (all key terms covered, filters passed); drives "more results" offers.
    public var totalMatches: Int
    /// Wishes that no matching product could meet and were let go ("colour", "size", "words" for descriptions
    /// like "yazlık" the shop never uses), so the answer can say these are the nearest results.
    public var relaxed: [String]
    /// Query words the shop does not know at all (why nothing was found).
    public var unknownTerms: [String]

    public init(hits: [SearchHit], totalMatches: Int, relaxed: [String] = [], unknownTerms: [String] = []) {
        self.hits = hits; self.totalMatches = totalMatches; self.relaxed = relaxed; self.unknownTerms = unknownTerms
    }

    /// No products.
    public static let empty = SearchResult(hits: [], totalMatches: 0)
}
