/// Strips Turkish inflectional suffixes from folded keys.
///
/// The word is parsed right to left with the noun suffix grammar (plural, possessive, case, "-ki", copula);
/// a candidate root that is a protected or known word wins (the longest one), otherwise the most stripped
/// candidate is taken and parsed again until nothing more comes off. Roots are never shorter than three
/// letters. Final b/d/g of stems of two or more syllables become p/t/k, so "kitabı" and "kitap" meet.
public struct Stemmer: Sendable {
    /// Words that are never stemmed (each shop's own vocabulary: brands, model names, product nouns).
    public var protectedWords: Set<String> {
        didSet { protectedKeys = Set(protectedWords.map(Folding.key)) }
    }
    private var protectedKeys: Set<String>

    static let minimumLength = 3

    public init(protectedWords: Set<String> = []) {
        self.protectedWords = protectedWords
        self.protectedKeys = Set(protectedWords.map(Folding.key))
    }

    /// The stem of a folded key ("kulakliklari" → "kulaklik").
    public func stem(_ key: String) -> String {
        if protectedKeys.contains(key) { return key }
        var word = Array(key.utf8)
        // Only folded Turkish letters are parsed; digits, other scripts and punctuation stay as they are.
        guard word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return key }
        while true {
            if word.count <= Self.minimumLength { return Self.normalized(word) }
            let current = String(decoding: word, as: UTF8.self)
            if TurkishLexicon.roots.contains(current) { return current }
            if let base = strippedAdjective(word) { return base }
            var candidates: [(end: Int, vowelInitial: Bool)] = []
            Self.parse(word, word.count, .copula, stripped: false, into: &candidates)
            if candidates.isEmpty { return Self.normalized(word) }
            var best: [UInt8]? = nil
            var bestIsProtected = false
            var shortest: [UInt8]? = nil
            for candidate in candidates {
                let root = Self.restored(Array(word[..<candidate.end]), vowelInitial: candidate.vowelInitial)
                let rootKey = String(decoding: root, as: UTF8.self)
                if protectedKeys.contains(rootKey) {
                    if !bestIsProtected || root.count > best!.count { best = root; bestIsProtected = true }
                } else if !bestIsProtected, TurkishLexicon.roots.contains(rootKey) || TurkishLexicon.roots.contains(Self.normalized(root)) {
                    if best == nil || root.count > best!.count { best = root }
                }
                if shortest == nil || root.count < shortest!.count
                    || (root.count == shortest!.count && root.lexicographicallyPrecedes(shortest!)) {
                    shortest = root
                }
            }
            if let best {
                let bestKey = String(decoding: best, as: UTF8.self)
                return bestIsProtected || TurkishLexicon.roots.contains(bestKey) ? bestKey : Self.normalized(best)
            }
            guard let next = shortest, next != word else { return Self.normalized(word) }
            word = next
        }
    }

    /// "ledli" → "led" when the base before -li/-lı/-lu/-lü is a protected or known word.
    private func strippedAdjective(_ word: [UInt8]) -> String? {
        let n = word.count
        guard n - 2 >= Self.minimumLength, word[n - 2] == UInt8(ascii: "l"),
              word[n - 1] == UInt8(ascii: "i") || word[n - 1] == UInt8(ascii: "u") else { return nil }
        let base = String(decoding: word[..<(n - 2)], as: UTF8.self)
        if protectedKeys.contains(base) { return base }
        if TurkishLexicon.roots.contains(base) { return base }
        return nil
    }

    @inline(__always)
    static func isVowel(_ b: UInt8) -> Bool {
        b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75
    }

    @inline(__always)
    static func isVoiceless(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "p"), UInt8(ascii: "c"), UInt8(ascii: "t"), UInt8(ascii: "k"), UInt8(ascii: "f"),
             UInt8(ascii: "h"), UInt8(ascii: "s"): return true
        default: return false
        }
    }

    static func allows(_ before: StemmerGrammar.Before, _ b: UInt8) -> Bool {
        switch before {
        case .any: return true
        case .vowel: return isVowel(b)
        case .consonant: return !isVowel(b)
        case .voiceless: return isVoiceless(b)
        case .voicedOrVowel: return !isVoiceless(b)
        }
    }

    static func suffixes(for slot: StemmerGrammar.Slot) -> [StemmerGrammar.Suffix] {
        switch slot {
        case .copula: return StemmerGrammar.copulaSuffixes
        case .caseMark: return StemmerGrammar.caseSuffixes
        case .possessive: return StemmerGrammar.possessiveSuffixes
        case .possessive3: return StemmerGrammar.possessive3Suffixes
        case .plural: return StemmerGrammar.pluralSuffixes
        case .relativeBase: return StemmerGrammar.relativeBaseSuffixes
        case .root: return []
        }
    }

    /// Slot that follows when a slot is left empty (nil: the slot is required).
    static func skip(_ slot: StemmerGrammar.Slot) -> StemmerGrammar.Slot? {
        switch slot {
        case .copula: return .caseMark
        case .caseMark: return .possessive
        case .possessive: return .plural
        case .plural: return .root
        case .possessive3, .relativeBase, .root: return nil
        }
    }

    /// Collects every root end reachable by stripping a valid suffix chain from `word[..<end]`.
    static func parse(_ word: [UInt8], _ end: Int, _ slot: StemmerGrammar.Slot, stripped: Bool,
                      into candidates: inout [(end: Int, vowelInitial: Bool)]) {
        if stripped, slot != .possessive3, slot != .relativeBase, !candidates.contains(where: { $0.end == end }) {
            candidates.append((end, isVowel(word[end])))
        }
        if slot == .root { return }
        if slot == .caseMark {
            for suffix in StemmerGrammar.relativeSuffixes where matches(word, end, suffix) {
                parse(word, end - suffix.letters.count, suffix.next, stripped: true, into: &candidates)
            }
        }
        for suffix in suffixes(for: slot) where matches(word, end, suffix) {
            parse(word, end - suffix.letters.count, suffix.next, stripped: true, into: &candidates)
        }
        if let next = skip(slot) { parse(word, end, next, stripped: stripped, into: &candidates) }
    }

    /// The suffix ends the word here and leaves a root of at least three letters with a vowel.
    @inline(__always)
    static func matches(_ word: [UInt8], _ end: Int, _ suffix: StemmerGrammar.Suffix) -> Bool {
        let n = suffix.letters.count
        let rootEnd = end - n
        guard rootEnd >= minimumLength else { return false }
        for k in 0..<n where word[rootEnd + k] != suffix.letters[k] { return false }
        guard allows(suffix.before, word[rootEnd - 1]) else { return false }
        for k in 0..<rootEnd where isVowel(word[k]) { return true }
        return false
    }

    /// Undoes the root changes a vowel-initial suffix causes: dropped vowels (resmi → resim), softened
    /// one-syllable roots (rengi → renk) and doubled consonants (hakkı → hak).
    static func restored(_ root: [UInt8], vowelInitial: Bool) -> [UInt8] {
        guard vowelInitial else { return root }
        let key = String(decoding: root, as: UTF8.self)
        if let full = TurkishLexicon.droppedVowel[key] ?? TurkishLexicon.softenedMonosyllable[key] { return Array(full.utf8) }
        let n = root.count
        if n == 4, root[3] == root[2], !isVowel(root[3]) { return Array(root[..<3]) }
        return root
    }

    /// Final b/d/g → p/t/k in stems of two or more syllables (and consonant-cluster loans like "grup").
    static func normalized(_ root: [UInt8]) -> String {
        var root = root
        let n = root.count
        if n >= 2 {
            let last = root[n - 1]
            if last == UInt8(ascii: "b") || last == UInt8(ascii: "d") || last == UInt8(ascii: "g") {
                let vowels = root.reduce(0) { $0 + (isVowel($1) ? 1 : 0) }
                if vowels >= 2 || (n > 2 && !isVowel(root[0]) && !isVowel(root[1])) {
                    root[n - 1] = last == UInt8(ascii: "b") ? UInt8(ascii: "p") : last == UInt8(ascii: "d") ? UInt8(ascii: "t") : UInt8(ascii: "k")
                }
            }
        }
        return String(decoding: root, as: UTF8.self)
    }
}
