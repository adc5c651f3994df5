import TurkishText

/// A kind mention found in a run of keys: which group, and which keys it spans.
struct KindMention: Sendable, Hashable {
    var group: Int
    var start: Int
    var end: Int  // exclusive
    /// The case ending on the last word ("la" in "telefonla"), empty when written bare.
    var ending: String = ""

    /// True when the ending leaves the word able to head a name: bare, plural or possessive
    /// ("kılıf", "kılıfları", "kılıfı"). Case endings make it a modifier ("telefonla", "telefonda").
    var canBeHead: Bool {
        var e = Substring(ending)
        if e.hasPrefix("ler") || e.hasPrefix("lar") { e = e.dropFirst(3) }
        return ["", "i", "u", "si", "su", "leri", "lari", "yi", "yu"].contains(e)
    }
}

/// Finds kind phrases ("cep telefonu", "dizüstü bilgisayar", "kılıfı") in sequences of folded keys.
struct KindMatcher: Sendable {
    struct Phrase: Sendable {
        var words: [String]
        var group: Int
    }

    let groups: [KindGroup]
    /// First word of a phrase → phrases, longest first.
    let byFirstWord: [String: [Phrase]]
    /// Canonical name → group index.
    let groupIndex: [String: Int]
    /// Every word of every phrase (typo vocabulary).
    let words: Set<String>
    /// The keys of `byFirstWord`, for finding the bases of ASCII keys without building every prefix.
    let firstWords: ASCIIWordTrie

    init(groups: [KindGroup]) {
        self.groups = groups
        var byFirst: [String: [Phrase]] = [:]
        var index: [String: Int] = [:]
        var words: Set<String> = []
        for (g, group) in groups.enumerated() {
            if index[group.canonical] == nil { index[group.canonical] = g }
            for phrase in group.phrases {
                let keys = Tokenizer.tokens(phrase).map(\.key)
                guard let first = keys.first else { continue }
                byFirst[first, default: []].append(Phrase(words: keys, group: g))
                words.formUnion(keys)
            }
        }
        for k in byFirst.keys { byFirst[k]!.sort { $0.words.count > $1.words.count } }
        self.byFirstWord = byFirst
        self.firstWords = ASCIIWordTrie(byFirst.keys)
        self.groupIndex = index
        self.words = words
    }

    /// The synthetic index term of a group ("~laptop").
    static func term(_ canonical: String) -> String { "~" + canonical }

    /// Group indices of `g` and the kinds it belongs to ("laptop" → laptop, bilgisayar).
    func withBroader(_ g: Int) -> [Int] {
        var out = [g]
        var current = groups[g]
        var guardCount = 0
        while let b = current.broader, let bi = groupIndex[b], !out.contains(bi), guardCount < 4 {
            out.append(bi); current = groups[bi]; guardCount += 1
        }
        return out
    }

    /// `mentions(in: keys, bases: bases(of:))`. A closure literal, not the method reference `bases`,
    /// which would hold a copy of the matcher.
    func mentions(in keys: [String]) -> [KindMention] {
        mentions(in: keys) { bases(of: $0) }
    }

    /// Kind mentions in `keys`, left to right, longest phrase first, not overlapping.
    func mentions(in keys: [String], bases: (String) -> [String]) -> [KindMention] {
        var out: [KindMention] = []
        var i = 0
        while i < keys.count {
            if let m = match(keys, at: i, bases: bases(keys[i])) {
                out.append(m); i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// The longest phrase starting at `i`.
    func match(_ keys: [String], at i: Int, bases: [String]) -> KindMention? {
        var best: KindMention?
        for base in bases {
            guard let phrases = byFirstWord[base] else { continue }
            for phrase in phrases {
                let n = phrase.words.count
                guard i + n <= keys.count else { continue }
                var ok = true
                for (j, w) in phrase.words.enumerated() {
                    let k = keys[i + j]
                    // Inner words are exact; the last one may carry endings ("cep telefonu", "akıllı saati").
                    if j == n - 1 ? !Morphology.isInflection(k, of: w) : k != w { ok = false; break }
                }
                if ok, best == nil || n > best!.end - best!.start {
                    let last = keys[i + n - 1], word = phrase.words[n - 1]
                    let ending = last.count > word.count ? String(last.dropFirst(word.count)) : ""
                    best = KindMention(group: phrase.group, start: i, end: i + n, ending: ending)
                }
            }
        }
        return best
    }

    /// The phrase first words `key` may be a form of: `candidateBases(of:)` that are first words, in that order.
    func bases(of key: String) -> [String] {
        var contiguous = key
        let fast = contiguous.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return asciiBases(bytes, key: key)
        }
        return fast ?? Self.candidateBases(of: key).filter { byFirstWord[$0] != nil }
    }

    /// `bases(of:)` of an ASCII key (one byte per character): one walk down the trie of first words
    /// says which prefixes and hardened prefixes are first words, so only those become Strings.
    private func asciiBases(_ bytes: UnsafeBufferPointer<UInt8>, key: String) -> [String] {
        // nodes[n]: the trie node spelling the first n bytes, for n up to `depth`; a stack buffer, as every
        // word of every question comes here.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: bytes.count + 1) { nodes in
            asciiBases(bytes, key: key, nodes: nodes)
        }
    }

    private func asciiBases(_ bytes: UnsafeBufferPointer<UInt8>, key: String, nodes: UnsafeMutableBufferPointer<Int>) -> [String] {
        let count = bytes.count
        nodes[0] = ASCIIWordTrie.root
        var depth = 0
        for b in bytes {
            guard let next = firstWords.child(of: nodes[depth], b) else { break }
            depth += 1
            nodes[depth] = next
        }
        var out: [String] = []
        if depth == count, firstWords.isWord(nodes[count]) { out.append(key) }
        guard count > 2 else { return out }
        for n in stride(from: count - 1, through: 2, by: -1) where count - n <= 8 {
            if n <= depth, firstWords.isWord(nodes[n]) {
                out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<n]), as: UTF8.self))
            }
            guard let hard = Morphology.hardened(byte: bytes[n - 1]) else { continue }
            if n - 1 <= depth, let h = firstWords.child(of: nodes[n - 1], hard), firstWords.isWord(h) {
                var word = Array(bytes[0..<(n - 1)])
                word.append(hard)
                out.append(String(decoding: word, as: UTF8.self))
            }
        }
        return out
    }

    /// Possible dictionary forms a key may start with: itself, its prefixes, and their hardened forms.
    static func candidateBases(of key: String) -> [String] {
        var out = [key]
        let chars = Array(key)
        if chars.count > 2 {
            for n in stride(from: chars.count - 1, through: 2, by: -1) where chars.count - n <= 8 {
                let p = String(chars[0..<n])
                out.append(p)
                if let h = Morphology.hardened(p) { out.append(h) }
            }
        }
        return out
    }
}
