import Commerce
import TurkishText

/// One customer message as the rules see it: tokens, the cues found in them, and what is left over.
///
/// Read-only, behind one reference: the rules hand the utterance on (to the decision, the FAQ matcher,
/// the product query), and copying one reference is cheaper than retaining each of its arrays.
struct Utterance: Sendable {
    final class Facts: Sendable {
        let parts: UtteranceParts
        init(_ parts: consuming UtteranceParts) { self.parts = parts }
    }
    let facts: Facts

    /// Takes the parts over: the analysis hands them on rather than copying every array in them.
    init(_ parts: consuming UtteranceParts) { facts = Facts(parts) }

    var tokens: [AnalyzedToken] { facts.parts.tokens }
    var consumed: [Bool] { facts.parts.consumed }
    var smallTalk: [Bool] { facts.parts.smallTalk }
    var ordinal: Int? { facts.parts.ordinal }
    var size: String? { facts.parts.size }
    var sizeIndices: [Int] { facts.parts.sizeIndices }
    var content: [Int] { facts.parts.content }
    var classes: [WordClass] { facts.parts.classes }
    var hasQuestionWord: Bool { facts.parts.hasQuestionWord }
    var hasVerb: Bool { facts.parts.hasVerb }
    var isEmpty: Bool { facts.parts.isEmpty }
    var stemState: [StemState] { facts.parts.stemState }

    func score(_ signal: CueSignal) -> Double { facts.parts.score(signal) }

    /// Content words as folded keys, in order.
    var contentKeys: [String] { facts.parts.contentKeys }

    /// Content words as written ("iPhone", "15"), in order, for the product query.
    var contentText: String { facts.parts.contentText }
}

/// What the analysis knows of a token's stem.
enum StemState: UInt8, Sendable {
    /// Not worked out: the stem is the key.
    case unstemmed
    /// Worked out; the catalogue was not asked about it.
    case stemmed
    /// Worked out, and the catalogue has no product term for it.
    case notProductTerm
    /// Worked out, and it is a product term.
    case productTerm
}

/// What the analysis finds in a message, filled in step by step, then frozen into an `Utterance`.
struct UtteranceParts: Sendable {
    /// The tokens; only content words and words the typo search looked at carry their stem, the others
    /// their key (their stems are never read).
    var tokens: [AnalyzedToken]
    /// Each token's word classes (stop word, question word, generic FAQ word), looked up once.
    var classes: [WordClass] = []
    /// By token: whether its stem is worked out and what the typo search's veto learnt of it.
    /// The rules read the answers so as not to ask the catalogue twice.
    var stemState: [StemState] = []
    /// Summed cue weights per signal, by `CueSignal.slot`: a small array, so that adding and reading
    /// a score hashes nothing.
    var scores = [Double](repeating: 0, count: CueSignal.slotCount)
    /// Tokens explained by a cue, an ordinal or a size (not part of a product name).
    var consumed: [Bool]
    /// Tokens explained by small talk (ignored when matching FAQ questions).
    var smallTalk: [Bool]
    /// List position named by an ordinal ("ikincisi" → 1, "sonuncusu" → -1).
    var ordinal: Int?
    /// Size asked about ("M", "38").
    var size: String?
    /// Tokens naming the size ("38", "numara").
    var sizeIndices: [Int] = []
    /// Indices of the tokens left as content words.
    var content: [Int] = []
    var hasQuestionWord = false
    var hasVerb = false

    var isEmpty: Bool { tokens.isEmpty }

    func score(_ signal: CueSignal) -> Double { scores[signal.slot] }

    /// Content words as folded keys, in order.
    var contentKeys: [String] { content.map { tokens[$0].token.key } }

    /// Content words as written ("iPhone", "15"), in order, for the product query.
    var contentText: String { content.map { tokens[$0].token.text }.joined(separator: " ") }
}

/// Turns raw text into an `Utterance` using the compiled lexicon.
struct UtteranceAnalyzer: Sendable {
    let lexicon: CompiledLexicon
    let analyzer: Analyzer

    init(lexicon: CompiledLexicon = .standard, analyzer: Analyzer = Analyzer()) {
        self.lexicon = lexicon
        self.analyzer = analyzer
    }

    /// Analyzes `text`; `isProductTerm` vetoes typo matches on words the shop sells. `knownProductTerm`,
    /// when it knows the answer of `isProductTerm` without work, lets a word the shop sells skip the typo search.
    func analyze(_ text: String, isProductTerm: (String) -> Bool, knownProductTerm: (String) -> Bool? = { _ in nil }) -> Utterance {
        // Stems are worked out only where they are read: for the typo search's veto and for the content
        // words, which the rules ask the catalogue about. Until then a token's stem is its key (as it stays
        // for numbers, stop words and words a cue, ordinal or size explains).
        let words = Tokenizer.tokens(text)
        let count = words.count
        var u = UtteranceParts(tokens: words.map { AnalyzedToken(token: $0, stem: $0.key) },
                               consumed: Array(repeating: false, count: count),
                               smallTalk: Array(repeating: false, count: count))
        if count == 0 { return Utterance(u) }
        u.classes = u.tokens.map { WordClass.of($0.token.key) }
        u.stemState = [StemState](repeating: .unstemmed, count: count)

        // Which lexicon words each token matches, as (word id, token index) pairs: a turn has few of
        // them, so a short sorted list beats a dictionary of arrays (no hashing, one allocation).
        var positions: [WordPosition] = []
        positions.reserveCapacity(count + 4)
        // Tokens are read in place (indices, not copies): a copy retains each of a token's strings.
        for i in 0..<count {
            let key = u.tokens[i].token.key
            var ids = lexicon.exactMatches(key)
            if ids.isEmpty, u.tokens[i].token.kind == .word, key.utf8.count >= 4,
               u.classes[i].isDisjoint(with: [.stopword, .questionWord]) {
                let stem = analyzer.stemmer.stem(key)
                u.tokens[i].stem = stem
                u.stemState[i] = .stemmed
                switch knownProductTerm(stem) {
                case true?: u.stemState[i] = .productTerm          // vetoed whatever the typo search finds
                case false?:
                    u.stemState[i] = .notProductTerm
                    ids = lexicon.fuzzyMatches(key)
                case nil:
                    ids = lexicon.fuzzyMatches(key)
                    if !ids.isEmpty {
                        let vetoed = isProductTerm(stem)
                        u.stemState[i] = vetoed ? .productTerm : .notProductTerm
                        if vetoed { ids = [] }
                    }
                }
            }
            for id in ids { positions.append(WordPosition(word: id, token: i)) }
        }
        // By word, then token: each word's tokens stay in order, as `match` expects.
        positions.sort { $0.word != $1.word ? $0.word < $1.word : $0.token < $1.token }

        // Cues whose words all occur in order, tried by ascending first word: scores are sums of
        // doubles, and adding them in another order could make two processes disagree in the last
        // bits of a tie. A cue is listed under its first word only, so each is tried once.
        // One buffer for every cue's matched tokens: most cues tried do not match, and none keeps its list.
        var matched: [Int] = []
        matched.reserveCapacity(8)
        var k = 0
        while k < positions.count {
            let wordID = positions[k].word
            for cueIndex in lexicon.cuesByFirstWord[wordID] {
                let cue = lexicon.cues[cueIndex]
                guard Self.match(cue.words, positions, into: &matched) else { continue }
                u.scores[cue.slot] += cue.weight
                if cue.weight >= 0.5 {
                    for i in matched {
                        u.consumed[i] = true
                        if cue.isSmallTalk { u.smallTalk[i] = true }
                    }
                }
            }
            while k < positions.count, positions[k].word == wordID { k += 1 }
        }

        markOrdinal(&u)
        markSize(&u)

        for i in 0..<count {
            if u.classes[i].contains(.questionWord) { u.hasQuestionWord = true }
            if u.consumed[i] || u.classes[i].contains(.stopword) { continue }
            if u.stemState[i] == .unstemmed, u.tokens[i].token.kind == .word {
                u.tokens[i].stem = analyzer.stemmer.stem(u.tokens[i].token.key)
                u.stemState[i] = .stemmed
            }
            if u.tokens[i].token.kind == .word, Self.looksLikeVerb(u.tokens[i].token.key, classes: u.classes[i]) {
                u.hasVerb = true
            }
            u.content.append(i)
        }
        return Utterance(u)
    }

    /// One lexicon word found at one token.
    struct WordPosition {
        var word: Int
        var token: Int
    }

    /// Token indices matching `words` in order (gaps allowed), or nil. `positions` is sorted by word, then token.
    static func match(_ words: [Int], _ positions: [WordPosition]) -> [Int]? {
        var matched: [Int] = []
        return match(words, positions, into: &matched) ? matched : nil
    }

    /// `match(words, positions)` into `matched` (emptied first, its storage kept); false when nil.
    static func match(_ words: [Int], _ positions: [WordPosition], into matched: inout [Int]) -> Bool {
        /// The first token of `word` after `last` (any token when `last` is -1).
        func next(_ word: Int, after last: Int) -> Int? {
            for p in positions where p.word == word && p.token > last { return p.token }
            return nil
        }
        outer: for p in positions where p.word == words[0] {
            let start = p.token
            matched.removeAll(keepingCapacity: true)
            matched.append(start)
            var last = start
            for w in words.dropFirst() {
                guard let n = next(w, after: last) else { continue outer }
                matched.append(n)
                last = n
            }
            return true
        }
        return false
    }

    static func looksLikeVerb(_ key: String) -> Bool { looksLikeVerb(key, classes: WordClass.of(key)) }

    /// `looksLikeVerb(key)` given the key's word classes (whether it is an imperative).
    static func looksLikeVerb(_ key: String, classes: WordClass) -> Bool {
        let ascii = key.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            bytes.allSatisfy({ $0 < 0x80 }) ? asciiLooksLikeVerb(bytes, isImperative: classes.contains(.imperative)) : nil
        }
        if let known = ascii ?? nil { return known }
        if key.contains("iyor") || WordLists.imperatives.contains(key) { return true }
        for ending in WordLists.possessiveEndings where key.hasSuffix(ending) && key.utf8.count >= ending.utf8.count + 3 {
            return true
        }
        for ending in WordLists.verbEndings where key.hasSuffix(ending) {
            if key.utf8.count >= ending.utf8.count + 2 { return true }
        }
        return false
    }

    static let progressive = Array("iyor".utf8)
    /// Endings as tries of their reversed bytes: a key's suffixes are all found in one walk back from its
    /// end. Non-ASCII endings (none today) cannot end an ASCII key and stay out.
    static let possessiveEndingsReversed = ASCIIWordTrie(WordLists.possessiveEndings.map { String(decoding: $0.utf8.reversed(), as: UTF8.self) })
    static let verbEndingsReversed = ASCIIWordTrie(WordLists.verbEndings.map { String(decoding: $0.utf8.reversed(), as: UTF8.self) })

    /// `looksLikeVerb` of an ASCII key, on its bytes (one per character), with the same rules.
    private static func asciiLooksLikeVerb(_ key: UnsafeBufferPointer<UInt8>, isImperative: Bool) -> Bool {
        /// Whether an ending of `endings` ends the key with at least `rest` bytes before it.
        func endsWithOne(of endings: ASCIIWordTrie, rest: Int) -> Bool {
            var node = ASCIIWordTrie.root
            var i = key.count - 1
            while i >= 0, let next = endings.child(of: node, key[i]) {
                node = next
                if endings.isWord(node), i >= rest { return true }
                i -= 1
            }
            return false
        }
        let p = progressive
        if key.count >= p.count {
            for i in 0...(key.count - p.count) where key[i] == p[0] && key[i..<(i + p.count)].elementsEqual(p) { return true }
        }
        if isImperative { return true }
        return endsWithOne(of: possessiveEndingsReversed, rest: 3) || endsWithOne(of: verbEndingsReversed, rest: 2)
    }

    static let ordinalStemBytes = WordLists.ordinals.map { Array($0.stem.utf8) }

    /// The first of `WordLists.ordinals` whose stem starts `key`; compared on bytes when `key` is ASCII.
    static func ordinal(startingWith key: String) -> (stem: String, index: Int)? {
        let found = key.utf8.withContiguousStorageIfAvailable { bytes -> Int?? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return .some(ordinalStemBytes.firstIndex { $0.count <= bytes.count && bytes[..<$0.count].elementsEqual($0) })
        }
        if let ascii = found ?? nil { return ascii.map { WordLists.ordinals[$0] } }
        return WordLists.ordinals.first { key.hasPrefix($0.stem) }
    }

    private func markOrdinal(_ u: inout UtteranceParts) {
        let tokens = u.tokens
        func nextIsItem(_ i: Int) -> Bool {
            i + 1 < tokens.count && WordLists.listItemWords.contains { tokens[i + 1].token.key.hasPrefix($0) }
        }
        for i in tokens.indices {
            // "2'nci", "3.sü", "2. ürün": a number written as an ordinal.
            if tokens[i].token.kind == .number, let n = tokens[i].token.number, n >= 1, n <= 10,
               tokens[i].token.apostropheSuffix.map({ $0.contains("nc") }) ?? false || nextIsItem(i) {
                u.ordinal = Int(n) - 1
                u.consumed[i] = true
                return
            }
            guard tokens[i].token.kind == .word else { continue }
            let key = tokens[i].token.key
            if key == "son", nextIsItem(i) {
                u.ordinal = -1
                u.consumed[i] = true
                return
            }
            if let hit = Self.ordinal(startingWith: key) {
                // "ilk" also starts unrelated words; only the ordinal forms count.
                if hit.stem == "ilk", !(key == "ilk" || key.hasPrefix("ilki")) { continue }
                u.ordinal = hit.index
                u.consumed[i] = true
                return
            }
        }
    }

    static let longestLetterSize = WordLists.letterSizes.map(\.utf8.count).max() ?? 0

    private func markSize(_ u: inout UtteranceParts) {
        let tokens = u.tokens
        func isSizeWord(_ i: Int) -> Bool {
            guard i >= 0, i < tokens.count else { return false }
            let key = tokens[i].token.key
            let long = key.count > 3
            return WordLists.sizeWords.contains { key == $0 || (long && key.hasPrefix($0)) }
        }
        let shoppingLike = u.score(.stock) + u.score(.shopping) > 0
        for i in tokens.indices {
            let key = tokens[i].token.key
            // Keys longer than every letter size skip the set.
            let letter = key.utf8.count <= Self.longestLetterSize && WordLists.letterSizes.contains(key)
            let number = tokens[i].token.kind == .number && tokens[i].token.number.map { $0 >= 20 && $0 <= 60 } == true
            // Only a token that can be a size needs its neighbours looked at.
            guard letter || number else { continue }
            let nextToSizeWord = isSizeWord(i - 1) || isSizeWord(i + 1)
            var size: String?
            if letter, nextToSizeWord || (shoppingLike && tokens.count <= 4) {
                size = key.uppercased()
            } else if number, nextToSizeWord {
                size = key
            }
            guard let size else { continue }
            u.size = size
            u.sizeIndices.append(i)
            for j in [i - 1, i + 1] where isSizeWord(j) { u.sizeIndices.append(j) }
            for j in u.sizeIndices { u.consumed[j] = true }
            return
        }
    }
}

extension CueSignal {
    /// Number of distinct signals: one per intent, then the others.
    static var slotCount: Int { Intent.slotCount + 9 }

    /// A dense number for the signal (0 ..< slotCount).
    var slot: Int {
        switch self {
        case .intent(let i): return i.slot
        case .dayWish: return Intent.slotCount
        case .affirmative: return Intent.slotCount + 1
        case .negative: return Intent.slotCount + 2
        case .price: return Intent.slotCount + 3
        case .stock: return Intent.slotCount + 4
        case .shopping: return Intent.slotCount + 5
        case .more: return Intent.slotCount + 6
        case .sortAscending: return Intent.slotCount + 7
        case .sortDescending: return Intent.slotCount + 8
        }
    }

    var isSmallTalk: Bool {
        switch self {
        case .intent(let i): return [.greeting, .farewell, .thanks].contains(i)
        case .dayWish, .affirmative, .negative: return true
        default: return false
        }
    }
}

extension Intent {
    /// `allCases.count` as a constant (the switch below must cover every intent).
    static var slotCount: Int { 17 }

    /// The intent's position among all intents, for `CueSignal.slot`.
    var slot: Int {
        switch self {
        case .greeting: return 0
        case .farewell: return 1
        case .thanks: return 2
        case .acknowledgment: return 3
        case .affirm: return 4
        case .deny: return 5
        case .productSearch: return 6
        case .productPrice: return 7
        case .productStock: return 8
        case .shipping: return 9
        case .returns: return 10
        case .payment: return 11
        case .orderStatus: return 12
        case .contact: return 13
        case .humanHandoff: return 14
        case .faq: return 15
        case .unknown: return 16
        }
    }
}
