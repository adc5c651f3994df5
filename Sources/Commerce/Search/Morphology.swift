/// Small, dependable rules of Turkish word formation used on folded keys, on top of TurkishText's stemmer:
/// they let a catalogue word be recognised inside an inflected question word whatever the stemmer did.
enum Morphology {
    /// The dictionary form of a word whose final consonant softened before a vowel ending
    /// ("kulakliğ" → "kulaklik", "kitab" → "kitap"); nil when the last letter cannot be softened.
    static func hardened(_ key: String) -> String? {
        guard let last = key.utf8.last, let hard = hardened(byte: last) else { return nil }
        return key.dropLast() + String(UnicodeScalar(hard))
    }

    /// `hardened` of a word's last byte: g/b/d read as k/p/t, nil for every other byte.
    @inline(__always)
    static func hardened(byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "g"): UInt8(ascii: "k")
        case UInt8(ascii: "b"): UInt8(ascii: "p")
        case UInt8(ascii: "d"): UInt8(ascii: "t")
        default: nil
        }
    }

    /// True when `word` is `base` or `base` with inflectional endings ("telefonu", "kulaklığı", "elbiseleriniz"),
    /// but not a derived word ("kablosuz", "şarjlı", "kollu").
    static func isInflection(_ word: String, of base: String, maxEnding: Int = 8) -> Bool {
        if word == base { return true }
        if let ascii = asciiIsInflection(word, of: base, maxEnding: maxEnding) { return ascii }
        guard base.count >= 2, word.count > base.count else { return false }
        let ending: Substring
        if word.hasPrefix(base) {
            ending = word.dropFirst(base.count)
        } else if let softened = softened(base), word.hasPrefix(softened) {
            ending = word.dropFirst(softened.count)
        } else {
            return false
        }
        if ending.count > maxEnding { return false }
        // Short bases ("tv", "bez") take only common inflections, or too many words would start with them.
        if base.count <= 3 && ending.count > 2 && !commonEndings.contains(String(ending)) { return false }
        return !isDerivational(ending)
    }

    /// `isInflection` on bytes when both keys are ASCII (one byte per character, so counts and prefixes
    /// need no Unicode walk); nil otherwise.
    private static func asciiIsInflection(_ word: String, of base: String, maxEnding: Int) -> Bool? {
        let result: Bool?? = word.utf8.withContiguousStorageIfAvailable { w in
            base.utf8.withContiguousStorageIfAvailable { b -> Bool? in
                guard w.allSatisfy({ $0 < 0x80 }), b.allSatisfy({ $0 < 0x80 }) else { return nil }
                guard b.count >= 2, w.count > b.count else { return false }
                if !w.starts(with: b) {
                    // softened(base): four letters at least, a final k/p/t written g/b/d before the ending.
                    guard b.count >= 4, w.starts(with: b[0..<(b.count - 1)]) else { return false }
                    let soft: UInt8
                    switch b[b.count - 1] {
                    case UInt8(ascii: "k"): soft = UInt8(ascii: "g")
                    case UInt8(ascii: "p"): soft = UInt8(ascii: "b")
                    case UInt8(ascii: "t"): soft = UInt8(ascii: "d")
                    default: return false
                    }
                    if w[b.count - 1] != soft { return false }
                }
                let ending = UnsafeBufferPointer(rebasing: w[b.count...])
                if ending.count > maxEnding { return false }
                if b.count <= 3 && ending.count > 2 && !commonEndings.contains(String(decoding: ending, as: UTF8.self)) {
                    return false
                }
                return !CatalogueLexicon.derivationalEndings.contains { ending.starts(with: $0.utf8) }
            } ?? nil
        }
        return result ?? nil
    }

    /// Frequent plural, possessive and case ending chains (folded), safe to accept even after short words.
    static let commonEndings: Set<String> = [
        "ler", "lar", "leri", "lari", "lerin", "larin", "lerini", "larini", "lere", "lara", "lerde", "larda",
        "lerden", "lardan", "leriniz", "lariniz", "lerimiz", "larimiz", "iniz", "unuz", "imiz", "umuz",
        "nin", "nun", "den", "dan", "ten", "tan", "yla", "yle", "siniz", "sunuz",
    ]

    /// True when an ending starts a new word rather than inflecting the old one.
    static func isDerivational(_ ending: Substring) -> Bool {
        for d in CatalogueLexicon.derivationalEndings where ending.hasPrefix(d) {
            // "-ci/-cı" after a word is a derivation, but "-si/-ları" are not in this list at all.
            return true
        }
        return false
    }

    /// The form of `base` before a vowel ending ("kulaklik" → "kulaklig"), if it differs.
    static func softened(_ base: String) -> String? {
        guard base.count >= 4, let last = base.last else { return nil }
        let stem = base.dropLast()
        switch last {
        case "k": return stem + "g"
        case "p": return stem + "b"
        case "t": return stem + "d"
        default: return nil
        }
    }

    /// True when a word is a derived adjective ("çiçekli", "yazlık", "kapüşonlu", "kolsuz"): it describes a
    /// product rather than naming one or its brand.
    static func isDescriptive(_ key: String) -> Bool {
        guard (isOneCharacterPerByte(key) ? key.utf8.count : key.count) >= 5 else { return false }
        return ["li", "lu", "lik", "luk", "siz", "suz", "sel", "sal"].contains { key.hasSuffix($0) }
    }

    /// True when an unknown word looks like a verb form or a glued question particle, so it names no product.
    static func looksLikeVerb(_ key: String) -> Bool {
        let length = isOneCharacterPerByte(key) ? key.utf8.count : key.count
        guard length >= 5 else { return false }
        if QueryLexicon.verbStems.contains(where: { key.hasPrefix($0) }) { return true }
        return verbEndingLengths.contains { length - $0.1 >= 3 && key.hasSuffix($0.0) }
    }

    /// True for ASCII without a carriage return (which joins a line feed into one Character): its length
    /// in Characters is its byte count, known without counting.
    static func isOneCharacterPerByte(_ key: String) -> Bool {
        key.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// The verb endings with their lengths in Characters, counted once.
    static let verbEndingLengths = QueryLexicon.verbEndings.map { ($0, $0.count) }

    /// Splits an alphanumeric key into its letter and digit runs ("144hz" → ["144", "hz"]).
    static func runs(_ key: String) -> [String] {
        var out: [String] = []
        var current = ""
        var currentIsDigit = false
        for ch in key {
            let isDigit = ch.isNumber
            if !current.isEmpty && isDigit != currentIsDigit {
                out.append(current); current = ""
            }
            current.append(ch); currentIsDigit = isDigit
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
