import Foundation

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

    /// True when nothing at all was asked (no words, no colour, no size, no price).
    public var isEmpty: Bool {
        text.allSatisfy { $0.isWhitespace } && colour == nil && size == nil && priceMin == nil && priceMax == nil
    }
}
