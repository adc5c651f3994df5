/// A token with its stem, as the matcher sees it.
public struct AnalyzedToken: Sendable, Hashable {
    public var token: Token
    public var stem: String
    public init(token: Token, stem: String) { self.token = token; self.stem = stem }
}

/// Normalize → tokenize → stem, in one pass.
public struct Analyzer: Sendable {
    public var stemmer: Stemmer

    public init(protectedWords: Set<String> = []) {
        self.stemmer = Stemmer(protectedWords: protectedWords)
    }

    /// The analyzed tokens of `text`.
    public func analyze(_ text: String) -> [AnalyzedToken] {
        Tokenizer.tokens(text).map { token in
            AnalyzedToken(token: token, stem: token.kind == .word ? stemmer.stem(token.key) : token.key)
        }
    }

    /// Normalized text: the keys of the tokens joined by single spaces.
    public func normalized(_ text: String) -> String {
        Tokenizer.tokens(text).map(\.key).joined(separator: " ")
    }
}
