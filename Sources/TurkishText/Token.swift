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
    /// Numeric value for number tokens ("5.000" → 5000, "15,6" → 15.6).
    public var number: Double?

    public init(text: String, key: String, apostropheSuffix: String? = nil, kind: Kind, number: Double? = nil) {
        self.text = text; self.key = key; self.apostropheSuffix = apostropheSuffix; self.kind = kind; self.number = number
    }
}

/// Splits text into tokens.
public enum Tokenizer {
    /// Tokens of `text`, in order.
    public static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        for raw in text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }) {
            var word = String(raw)
            var suffix: String?
            if let i = word.firstIndex(where: { $0 == "'" || $0 == "’" }) {
                suffix = Folding.key(String(word[word.index(after: i)...]))
                word = String(word[..<i])
            }
            if word.isEmpty { continue }
            let key = Folding.key(word)
            let digits = key.allSatisfy(\.isNumber)
            let kind: Token.Kind = digits ? .number : (key.contains(where: \.isNumber) ? .alphanumeric : .word)
            result.append(Token(text: word, key: key, apostropheSuffix: suffix, kind: kind, number: digits ? Double(key) : nil))
        }
        return result
    }
}
