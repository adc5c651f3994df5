import Foundation
import TurkishText

/// How results are ordered.
public enum SortOrder: String, Codable, Sendable {
    case relevance, priceAscending, priceDescending
}

/// A product question after filters and sorts were parsed out of the customer's words.
public struct ProductQuery: Codable, Sendable, Hashable {
    /// The words left to match against products.
    public var text: String
    public var priceMin: Double?
    public var priceMax: Double?
    public var sort: SortOrder
    /// Wanted colour (folded key), e.g. "kirmizi".
    public var colour: String?
    /// Wanted size ("M", "38"), matched against variants.
    public var size: String?

    public init(text: String, priceMin: Double? = nil, priceMax: Double? = nil, sort: SortOrder = .relevance,
                colour: String? = nil, size: String? = nil) {
        self.text = text; self.priceMin = priceMin; self.priceMax = priceMax; self.sort = sort
        self.colour = colour; self.size = size
    }

    /// True when the query asks for something beyond plain words (a price range, a sort, a size).
    public var hasFilters: Bool { priceMin != nil || priceMax != nil || sort != .relevance || size != nil }
}

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
    public var totalMatches: Int
    public init(hits: [SearchHit], totalMatches: Int) { self.hits = hits; self.totalMatches = totalMatches }
}

/// The per-business search index, built once at load time. Immutable and safe to share.
public final class ProductIndex: Sendable {
    public let products: [Product]
    let byID: [String: Int]
    let analyzer: Analyzer
    let productStems: [[String]]

    public init(products: [Product]) {
        self.products = products
        var byID: [String: Int] = [:]
        for (i, p) in products.enumerated() { byID[p.id] = i }
        self.byID = byID
        self.analyzer = Analyzer()
        self.productStems = products.map { p in Analyzer().analyze([p.name, p.brand ?? "", p.category ?? ""].joined(separator: " ")).map(\.stem) }
    }

    /// The product with this id, if the shop has it.
    public func product(id: String) -> Product? { byID[id].map { products[$0] } }

    /// True when `stem` names something this shop sells (a product noun, brand, model word).
    public func isProductTerm(_ stem: String) -> Bool {
        productStems.contains { $0.contains(stem) }
    }

    /// Ranked products for `query`; empty when the key terms are not covered.
    public func search(_ query: ProductQuery, limit: Int = 10, offset: Int = 0) -> SearchResult {
        let terms = Set(analyzer.analyze(query.text).map(\.stem))
        if terms.isEmpty { return SearchResult(hits: [], totalMatches: 0) }
        var hits: [SearchHit] = []
        for (i, stems) in productStems.enumerated() {
            let covered = terms.filter { stems.contains($0) }.count
            if covered == terms.count {
                hits.append(SearchHit(product: products[i], score: Double(covered)))
            }
        }
        return SearchResult(hits: Array(hits.dropFirst(offset).prefix(limit)), totalMatches: hits.count)
    }
}

/// Parses Turkish price filters, sorts, colours and sizes out of a question.
public enum QueryParser {
    /// The query of `text` ("5000 TL altı kulaklık" → text "kulaklık", priceMax 5000).
    public static func parse(_ text: String) -> ProductQuery {
        ProductQuery(text: text)
    }
}
