import Commerce
import TurkishText

/// Words that name a kind of product anywhere in retail (from the catalogue's kind lexicon), so
/// "buzdolabı" in a shop that sells none is still a product question, answered honestly.
enum KnownKinds {
    /// Folded words of the kind phrases, four letters or longer.
    static let words: [String] = {
        var set = Set<String>()
        for group in KindLexicon.groups {
            for phrase in group.phrases {
                for token in Tokenizer.tokens(phrase) where token.key.utf8.count >= 4 { set.insert(token.key) }
            }
        }
        return set.sorted()
    }()

    /// True when `key` is a kind word, possibly with endings ("buzdolabı", "kulaklığınız").
    static func contains(_ key: String) -> Bool {
        words.contains { key.hasPrefix($0) || ($0.utf8.count >= 5 && key.hasPrefix(String($0.dropLast()))) }
    }
}
