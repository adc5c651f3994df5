/// The closed word classes of `WordLists` a key belongs to, as bits (the sets that are looked up whole).
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt8
    static let stopword = WordClass(rawValue: 1)
    static let questionWord = WordClass(rawValue: 2)
    static let faqGeneric = WordClass(rawValue: 4)
    static let imperative = WordClass(rawValue: 8)

    /// The classes that keep a word from telling FAQ questions apart.
    static let notFAQContent: WordClass = [.stopword, .questionWord, .faqGeneric]

    /// Every class of every listed key, so that a token's classes cost one lookup instead of one per list.
    static let table: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        for k in WordLists.stopwords { table[k, default: []].insert(.stopword) }
        for k in WordLists.questionWords { table[k, default: []].insert(.questionWord) }
        for k in WordLists.faqGeneric { table[k, default: []].insert(.faqGeneric) }
        for k in WordLists.imperatives { table[k, default: []].insert(.imperative) }
        return table
    }()

    /// The classes of `key` (none when it is in no list).
    static func of(_ key: String) -> WordClass { table[key] ?? [] }
}
