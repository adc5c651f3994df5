/// Strips Turkish inflectional suffixes from folded keys.
///
/// The word is parsed right to left with the noun suffix grammar (plural, possessive, case, "-ki", copula);
/// a candidate root that is a protected or known word wins (the longest one), otherwise the most stripped
/// candidate is taken and parsed again until nothing more comes off. Roots are never shorter than three
/// letters. Final b/d/g of stems of two or more syllables become p/t/k, so "kitabı" and "kitap" meet.
public struct Stemmer: Sendable {
    /// Words that are never stemmed (each shop's own vocabulary: brands, model names, product nouns).
    public var protectedWords: Set<String> {
        didSet { protectedKeys = ByteSet(protectedWords.map(Folding.key)) }
    }
    private var protectedKeys: ByteSet

    static let minimumLength = 3
    /// Longer keys are not words; they are left alone.
    static let maximumLength = 60

    public init(protectedWords: Set<String> = []) {
        self.protectedWords = protectedWords
        self.protectedKeys = ByteSet(protectedWords.map(Folding.key))
    }

    /// The stem of a folded key ("kulakliklari" → "kulaklik").
    public func stem(_ key: String) -> String {
        if let result = key.utf8.withContiguousStorageIfAvailable({ stem(bytes: $0) }) { return result ?? key }
        return Array(key.utf8).withUnsafeBufferPointer { stem(bytes: $0) } ?? key
    }

    /// nil: the key is its own stem.
    private func stem(bytes input: UnsafeBufferPointer<UInt8>) -> String? {
        let n = input.count
        if n <= Self.minimumLength || n > Self.maximumLength { return nil }
        if protectedKeys.contains(input) { return nil }
        // Only folded Turkish letters are parsed; digits, other scripts and punctuation stay as they are.
        for b in input where b < 0x61 || b > 0x7A { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 4) { buffer -> String? in
            _ = buffer.initialize(from: input)
            var length = n
            var changed = false
            for _ in 0..<Self.maximumLength {
                let word = UnsafeBufferPointer(rebasing: buffer[..<length])
                if length <= Self.minimumLength { return Self.finish(word, changed) }
                if TurkishLexicon.roots.contains(word) { return changed ? String(decoding: word, as: UTF8.self) : nil }
                if let base = knownAdjectiveBase(word) { return base }
                if let cut = questionCliticLength(word) {
                    length -= cut
                    changed = true
                    continue
                }
                var ends: UInt64 = 0
                var firstVowel = 0
                while firstVowel < length, !Self.isVowel(word[firstVowel]) { firstVowel += 1 }
                let table = StemmerGrammar.flat
                table.suffixes.withUnsafeBufferPointer { suffixes in
                    table.start.withUnsafeBufferPointer { start in
                        Self.parse(word, length, .copula, stripped: false, firstVowel: firstVowel,
                                   suffixes: suffixes, start: start, ends: &ends)
                    }
                }
                if ends == 0 { return Self.finish(word, changed) }

                // The longest protected root wins, then the longest known root; else the shortest root goes on.
                var bestEnd = 0, bestCount = 0, bestProtected = false
                var shortestEnd = 0, shortestCount = Int.max
                var end = 1
                while ends >> UInt64(end) != 0 {
                    defer { end += 1 }
                    guard ends & (1 << UInt64(end)) != 0 else { continue }
                    var restored = Self.restored(word, end: end)
                    let count = restored?.utf8.count ?? end
                    let (isProtected, isKnown) = Self.withRoot(word, end, &restored) { root in
                        let p = protectedKeys.contains(root)
                        return (p, !p && (bestProtected || count <= bestCount ? false : Self.known(root)))
                    }
                    if isProtected, !bestProtected || count > bestCount {
                        bestEnd = end; bestCount = count; bestProtected = true
                    } else if isKnown {
                        bestEnd = end; bestCount = count
                    }
                    if count < shortestCount { shortestEnd = end; shortestCount = count }
                }
                if bestEnd > 0 {
                    var restored = Self.restored(word, end: bestEnd)
                    return Self.withRoot(word, bestEnd, &restored) { b in
                        bestProtected || TurkishLexicon.roots.contains(b) ? String(decoding: b, as: UTF8.self) : Self.finish(b, true)
                    }
                }
                if let restored = Self.restored(word, end: shortestEnd) {
                    var k = 0
                    for b in restored.utf8 { buffer[k] = b; k += 1 }
                    length = k
                } else {
                    length = shortestEnd
                }
                changed = true
            }
            return String(decoding: buffer[..<length], as: UTF8.self)
        }
    }

    /// Calls `body` with the candidate root: the restored spelling if there is one, else the word's prefix.
    @inline(__always)
    private static func withRoot<R>(_ word: UnsafeBufferPointer<UInt8>, _ end: Int, _ restored: inout String?,
                                    _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if restored != nil { return restored!.withUTF8(body) }
        return body(UnsafeBufferPointer(rebasing: word[..<end]))
    }

    /// Output of a stem that no known word stopped: final b/d/g normalized.
    private static func finish(_ word: UnsafeBufferPointer<UInt8>, _ changed: Bool) -> String? {
        if let normalized = normalizedFinal(word) { return normalized }
        return changed ? String(decoding: word, as: UTF8.self) : nil
    }

    @inline(__always)
    private static func known(_ root: UnsafeBufferPointer<UInt8>) -> Bool {
        if TurkishLexicon.roots.contains(root) { return true }
        guard let normalized = normalizedFinal(root) else { return false }
        return TurkishLexicon.roots.contains(normalized)
    }

    /// Length of a question particle written onto a protected or known word ("indirimmi" → 2), if any.
    private func questionCliticLength(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = word.count
        for clitic in TurkishLexicon.questionClitics where n - clitic.count >= Self.minimumLength {
            guard word[n - 1] == clitic[clitic.count - 1] else { continue }
            var same = true
            for k in 0..<clitic.count where word[n - clitic.count + k] != clitic[k] { same = false; break }
            guard same else { continue }
            let base = UnsafeBufferPointer(rebasing: word[..<(n - clitic.count)])
            if protectedKeys.contains(base) || Self.known(base) { return clitic.count }
        }
        return nil
    }

    /// "ledli" → "led" when the base before -li/-lı/-lu/-lü is a protected or known word.
    private func knownAdjectiveBase(_ word: UnsafeBufferPointer<UInt8>) -> String? {
        let n = word.count
        guard n - 2 >= Self.minimumLength, word[n - 2] == UInt8(ascii: "l"),
              word[n - 1] == UInt8(ascii: "i") || word[n - 1] == UInt8(ascii: "u") else { return nil }
        let base = UnsafeBufferPointer(rebasing: word[..<(n - 2)])
        guard protectedKeys.contains(base) || TurkishLexicon.roots.contains(base) else { return nil }
        return String(decoding: base, as: UTF8.self)
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

    @inline(__always)
    static func allows(_ before: StemmerGrammar.Before, _ b: UInt8) -> Bool {
        switch before {
        case .any: return true
        case .vowel: return isVowel(b)
        case .consonant: return !isVowel(b)
        case .voiceless: return isVoiceless(b)
        case .voicedOrVowel: return !isVoiceless(b)
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

    /// Marks in `ends` every root end reachable by stripping a valid suffix chain from `word[..<end]`.
    /// `suffixes` and `start` are `StemmerGrammar.flat`.
    static func parse(_ word: UnsafeBufferPointer<UInt8>, _ end: Int, _ slot: StemmerGrammar.Slot, stripped: Bool,
                      firstVowel: Int, suffixes: UnsafeBufferPointer<StemmerGrammar.Suffix>,
                      start: UnsafeBufferPointer<Int>, ends: inout UInt64) {
        if stripped, slot != .possessive3, slot != .relativeBase { ends |= 1 << UInt64(end) }
        if slot == .root || end <= minimumLength { return }
        // The last (up to) eight letters before `end`, packed like the suffixes.
        var tail: UInt64 = 0
        for k in max(0, end - 8)..<end { tail = (tail << 8) | UInt64(word[k]) }
        if slot == .caseMark {
            let r = StemmerGrammar.relativeIndex
            for i in start[r]..<start[r + 1] where matches(word, tail, end, suffixes[i], firstVowel) {
                parse(word, end - suffixes[i].length, suffixes[i].next, stripped: true, firstVowel: firstVowel,
                      suffixes: suffixes, start: start, ends: &ends)
            }
        }
        let s = Int(slot.rawValue)
        for i in start[s]..<start[s + 1] where matches(word, tail, end, suffixes[i], firstVowel) {
            parse(word, end - suffixes[i].length, suffixes[i].next, stripped: true, firstVowel: firstVowel,
                  suffixes: suffixes, start: start, ends: &ends)
        }
        if let next = skip(slot) {
            parse(word, end, next, stripped: stripped, firstVowel: firstVowel, suffixes: suffixes, start: start, ends: &ends)
        }
    }

    /// The suffix ends the word here and leaves a root of at least three letters with a vowel.
    @inline(__always)
    static func matches(_ word: UnsafeBufferPointer<UInt8>, _ tail: UInt64, _ end: Int, _ suffix: StemmerGrammar.Suffix,
                        _ firstVowel: Int) -> Bool {
        let rootEnd = end - suffix.length
        guard rootEnd >= minimumLength, rootEnd > firstVowel, tail & suffix.mask == suffix.packed else { return false }
        return allows(suffix.before, word[rootEnd - 1])
    }

    /// The root `word[..<end]` with the changes a vowel-initial suffix caused undone: dropped vowels
    /// (resmi → resim), softened one-syllable roots (rengi → renk), doubled consonants (hakkı → hak).
    /// nil when nothing changes.
    static func restored(_ word: UnsafeBufferPointer<UInt8>, end: Int) -> String? {
        guard end < word.count, isVowel(word[end]) else { return nil }
        let root = UnsafeBufferPointer(rebasing: word[..<end])
        if end <= 6, let full = TurkishLexicon.droppedVowel.value(root) ?? TurkishLexicon.softenedMonosyllable.value(root) {
            return full
        }
        if end == 4, root[3] == root[2], !isVowel(root[3]) { return String(decoding: root[..<3], as: UTF8.self) }
        return nil
    }

    /// Final b/d/g → p/t/k in stems of two or more syllables (and consonant-cluster loans like "grup");
    /// nil when the stem does not end that way.
    static func normalizedFinal(_ root: UnsafeBufferPointer<UInt8>) -> String? {
        let n = root.count
        guard n >= 2 else { return nil }
        let last = root[n - 1]
        guard last == UInt8(ascii: "b") || last == UInt8(ascii: "d") || last == UInt8(ascii: "g") else { return nil }
        var vowels = 0
        for b in root where isVowel(b) { vowels += 1 }
        guard vowels >= 2 || (n > 2 && !isVowel(root[0]) && !isVowel(root[1])) else { return nil }
        let voiceless: UInt8 = last == UInt8(ascii: "b") ? UInt8(ascii: "p") : last == UInt8(ascii: "d") ? UInt8(ascii: "t") : UInt8(ascii: "k")
        return String(unsafeUninitializedCapacity: n) { out in
            for k in 0..<(n - 1) { out[k] = root[k] }
            out[n - 1] = voiceless
            return n
        }
    }
}
