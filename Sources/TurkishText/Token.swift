/// One token of a text as the matcher sees it.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case word, number, alphanumeric }
    /// The token as written, apostrophe suffix removed ("iPhone'un" → "iPhone").
    public var text: String
    /// Folded lowercase key ("iphone").
    public var key: String
    /// The suffix after an apostrophe, folded ("un"), if any.
    public var apostropheSuffix: String?
    public var kind: Kind
    /// Numeric value: of a number ("5.000" → 5000, "15,6" → 15.6, "1.149,90" → 1149.9), or the leading
    /// number of an alphanumeric token that starts with digits ("256GB" → 256).
    public var number: Double?
    /// A unit written right after the number: the letters of "256GB" ("gb"), "inc" for an inch mark (15,6"),
    /// "tl" for a lira sign (1.499,90₺).
    public var unit: String?

    public init(text: String, key: String, apostropheSuffix: String? = nil, kind: Kind, number: Double? = nil, unit: String? = nil) {
        self.text = text; self.key = key; self.apostropheSuffix = apostropheSuffix; self.kind = kind
        self.number = number; self.unit = unit
    }
}
