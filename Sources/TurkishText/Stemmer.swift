/// Strips Turkish inflectional suffixes from folded keys.
public struct Stemmer: Sendable {
    /// Words that are never stemmed (each shop's own vocabulary: brands, model names, product nouns).
    public var protectedWords: Set<String>

    public init(protectedWords: Set<String> = []) {
        self.protectedWords = protectedWords
    }

    /// The stem of a folded key ("kulakliklari" → "kulaklik").
    public func stem(_ key: String) -> String {
        if protectedWords.contains(key) || key.count <= 3 { return key }
        for suffix in ["lari", "leri", "lar", "ler", "si", "i"] where key.hasSuffix(suffix) && key.count - suffix.count >= 3 {
            return String(key.dropLast(suffix.count))
        }
        return key
    }
}
