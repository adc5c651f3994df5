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

    /// How a key can start to name a kind: a kind word, or one of five bytes or more without its last
    /// letter (the letter an ending may change: "kulaklığınız").
    static let starts: [String] = words.flatMap { w in w.utf8.count >= 5 ? [w, String(w.dropLast())] : [w] }

    /// `starts` as a byte trie, when all of them are ASCII: an ASCII key is then walked once instead of
    /// being compared with every start (for ASCII on both sides `hasPrefix` compares bytes).
    static let asciiStarts: ASCIIWordTrie? =
        starts.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? ASCIIWordTrie(starts) : nil

    /// True when `key` is a kind word, possibly with endings ("buzdolabı", "kulaklığınız").
    static func contains(_ key: String) -> Bool {
        if let trie = asciiStarts, key.utf8.allSatisfy({ $0 < 0x80 }) { return trie.hasWordPrefix(of: key.utf8) }
        return starts.contains { key.hasPrefix($0) }
    }
}
