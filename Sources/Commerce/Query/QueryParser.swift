import TurkishText

/// Parses Turkish price filters, sorts, colours and sizes out of a question, and drops the words that
/// never name a product (question particles, shopping verbs, price and stock question words).
public enum QueryParser {
    /// The query of `text` ("5000 TL altı kulaklık" → text "kulaklık", priceMax 5000).
    public static func parse(_ text: String) -> ProductQuery {
        var tokens = QueryLexer.tokens(text)
        var query = ProductQuery(text: "")
        PriceRule.apply(&tokens, &query)
        SortRule.apply(&tokens, &query)
        SizeRule.apply(&tokens, &query)
        ColourRule.apply(&tokens, &query)
        var words: [String] = []
        for t in tokens where !t.used {
            if t.isPunctuation || droppedWords.contains(t.key) || isGluedParticle(t.key) {
                continue
            }
            words.append(t.text)
        }
        query.text = words.joined(separator: " ")
        return query
    }

    /// Stop words, size cues and currencies: never search words, told apart with one lookup.
    static let droppedWords = QueryLexicon.stopWords.union(QueryLexicon.sizeCues).union(QueryLexicon.currencies)

    static let gluedParticles = ["misiniz", "musunuz", "misin", "musun", "midir", "mudur", "mi", "mu"]
    /// The particles' last bytes: a key ending in any other byte has none of them as its last Character.
    static let gluedParticleEnds = Array(Set(gluedParticles.compactMap(\.utf8.last)))

    /// "varmı", "yokmu", "satıyormusunuz": a stop word with a question particle glued on.
    static func isGluedParticle(_ key: String) -> Bool {
        guard let last = key.utf8.last, gluedParticleEnds.contains(last) else { return false }
        for particle in gluedParticles where key.hasSuffix(particle) {
            let head = String(key.dropLast(particle.count))
            if head.count >= 2 && (QueryLexicon.stopWords.contains(head) || QueryLexicon.verbStems.contains(where: { head.hasPrefix($0) })) {
                return true
            }
        }
        return false
    }
}

/// One piece of a question as the parser sees it.
struct QueryToken {
    /// As written, without an apostrophe ending ("TL'den" → "TL").
    var text: String
    /// Folded key ("tl").
    var key: String
    /// Folded apostrophe ending ("den"), if any.
    var suffix: String?
    /// The value of a number written the Turkish way ("1.149,90" → 1149.9, "5.000" → 5000).
    var number: Double?
    var isPunctuation = false
    /// Taken by a rule (price, sort, size, colour); not part of the search words.
    var used = false

    func starts(with cue: String) -> Bool {
        // Words starting with another byte can neither equal nor extend the cue: most tokens stop here,
        // before a String comparison (the parser tries every cue phrase at every position).
        if let first = cue.utf8.first, key.utf8.first != first { return false }
        return key == cue || (key.hasPrefix(cue) && number == nil)
    }
}

/// Splits a question into words, numbers (keeping Turkish thousands and decimal marks) and dashes.
enum QueryLexer {
    /// `Character.isLetter` without a Unicode property lookup for ASCII, most of a question's characters.
    @inline(__always)
    static func isLetter(_ c: Character) -> Bool {
        if let a = c.asciiValue { return (a | 0x20) >= 97 && (a | 0x20) <= 122 }
        return c.isLetter
    }

    /// `Character.isNumber` without a Unicode property lookup for ASCII (only 0-9 are numbers there).
    @inline(__always)
    static func isNumber(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a >= 48 && a <= 57 }
        return c.isNumber
    }

    static func tokens(_ text: String) -> [QueryToken] {
        if let ascii = asciiTokens(text) { return ascii }
        return characterTokens(text)
    }

    /// `tokens(text)` Character by Character, for any text.
    static func characterTokens(_ text: String) -> [QueryToken] {
        var out: [QueryToken] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "₺" { out.append(QueryToken(text: "TL", key: "tl")); i += 1; continue }
            if c == "-" || c == "–" {
                out.append(QueryToken(text: "-", key: "-", isPunctuation: true)); i += 1; continue
            }
            guard isLetter(c) || isNumber(c) else { i += 1; continue }
            var j = i
            var word = ""
            while j < chars.count {
                let d = chars[j]
                if isLetter(d) || isNumber(d) {
                    word.append(d); j += 1
                } else if (d == "." || d == ","), j + 1 < chars.count, isNumber(chars[j + 1]), word.last.map(isNumber) == true {
                    word.append(d); j += 1
                } else if (d == "/" || d == "-"), j + 1 < chars.count, isLetter(chars[j + 1]) || isNumber(chars[j + 1]),
                          word.contains(where: isNumber), word.contains(where: isLetter) {
                    // Model codes keep their separators ("MW0W3TU/A", "i5-1334U").
                    word.append(d); j += 1
                } else {
                    break
                }
            }
            var suffix: String?
            if j < chars.count, chars[j] == "'" || chars[j] == "’", j + 1 < chars.count, isLetter(chars[j + 1]) {
                var k = j + 1
                var s = ""
                while k < chars.count, isLetter(chars[k]) { s.append(chars[k]); k += 1 }
                suffix = Folding.key(s)
                j = k
            }
            split(word, suffix: suffix, into: &out)
            i = j
        }
        return out
    }

    /// Two-byte UTF-8 letters of Turkish (çğıİöşü and capitals, âîû): each is one Character and a letter.
    @inline(__always)
    static func isTurkishLetter(_ lead: UInt8, _ trail: UInt8) -> Bool {
        switch (lead, trail) {
        case (0xC3, 0x87), (0xC3, 0xA7), (0xC3, 0x96), (0xC3, 0xB6), (0xC3, 0x9C), (0xC3, 0xBC),
             (0xC3, 0x82), (0xC3, 0xA2), (0xC3, 0x8E), (0xC3, 0xAE), (0xC3, 0x9B), (0xC3, 0xBB),
             (0xC4, 0x9E), (0xC4, 0x9F), (0xC4, 0xB0), (0xC4, 0xB1), (0xC5, 0x9E), (0xC5, 0x9F):
            return true
        default:
            return false
        }
    }

    /// `tokens(text)` for text of ASCII (no carriage return) and Turkish letters, where every Character
    /// is one byte or one Turkish letter: the same steps on bytes, without building an array of
    /// Characters. Nil for any other text.
    static func asciiTokens(_ text: String) -> [QueryToken]? {
        var text = text
        return text.withUTF8 { bytes -> [QueryToken]? in
            let n = bytes.count
            var v = 0
            while v < n {
                let b = bytes[v]
                if b < 0x80 { if b == 0x0D { return nil }; v += 1; continue }
                guard v + 1 < n, isTurkishLetter(b, bytes[v + 1]) else { return nil }
                v += 2
            }
            // Every byte from 0x80 up at a Character's start is a Turkish letter's lead (checked above).
            @inline(__always) func isLetter(_ a: UInt8) -> Bool { a >= 0x80 || ((a | 0x20) >= 97 && (a | 0x20) <= 122) }
            @inline(__always) func isNumber(_ a: UInt8) -> Bool { a >= 48 && a <= 57 }
            @inline(__always) func width(_ a: UInt8) -> Int { a >= 0x80 ? 2 : 1 }
            let dash = UInt8(ascii: "-"), dot = UInt8(ascii: "."), comma = UInt8(ascii: ","), slash = UInt8(ascii: "/")
            var out: [QueryToken] = []
            var i = 0
            while i < n {
                let c = bytes[i]
                if c == dash { out.append(QueryToken(text: "-", key: "-", isPunctuation: true)); i += 1; continue }
                guard isLetter(c) || isNumber(c) else { i += 1; continue }
                // The word is bytes[i ..< j]: every Character taken joins it, so it is one slice of the text.
                var j = i
                var hasNumber = false, hasLetter = false
                while j < n {
                    let d = bytes[j]
                    if isLetter(d) || isNumber(d) {
                        if isNumber(d) { hasNumber = true } else { hasLetter = true }
                        j += width(d)
                    } else if d == dot || d == comma, j + 1 < n, isNumber(bytes[j + 1]), j > i, isNumber(bytes[j - 1]) {
                        // bytes[j - 1] is a whole Character here: a trail byte is never a digit.
                        j += 1
                    } else if d == slash || d == dash, j + 1 < n, isLetter(bytes[j + 1]) || isNumber(bytes[j + 1]),
                              hasNumber, hasLetter {
                        // Model codes keep their separators ("MW0W3TU/A", "i5-1334U").
                        j += 1
                    } else {
                        break
                    }
                }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self)
                var suffix: String?
                if j < n, bytes[j] == UInt8(ascii: "'"), j + 1 < n, isLetter(bytes[j + 1]) {
                    var k = j + 1
                    while k < n, isLetter(bytes[k]) { k += width(bytes[k]) }
                    suffix = Folding.key(String(decoding: UnsafeBufferPointer(rebasing: bytes[(j + 1)..<k]), as: UTF8.self))
                    j = k
                }
                split(word, suffix: suffix, into: &out)
                i = j
            }
            return out
        }
    }

    /// One chunk as tokens, appended to `out`: "5000tl" → 5000 + tl, "10bin" → 10 + bin, "1.149,90" → 1149.9.
    static func split(_ word: String, suffix: String?, into out: inout [QueryToken]) {
        if let value = number(word) {
            out.append(QueryToken(text: word, key: word, suffix: suffix, number: value))
            return
        }
        let key = Folding.key(word)
        // A number glued to a currency or multiplier word (only a word starting with a digit can be one).
        if let first = word.utf8.first, first >= 0x80 || (first >= 48 && first <= 57) {
            let digits = String(word.prefix { isNumber($0) || $0 == "." || $0 == "," })
            if !digits.isEmpty, let value = number(digits) {
                let rest = String(key.dropFirst(digits.count))
                if QueryLexicon.multipliers[rest] != nil || rest.hasPrefix("tl") || rest.hasPrefix("lira") {
                    out.append(QueryToken(text: digits, key: digits, number: value))
                    out.append(QueryToken(text: rest, key: rest, suffix: suffix))
                    return
                }
            }
        }
        out.append(QueryToken(text: word, key: key, suffix: suffix))
    }

    /// Turkish number: "5.000" and "1.149,90" use dots for thousands and a comma for decimals; "15.6" is a decimal.
    static func number(_ s: String) -> Double? {
        // An ASCII first byte other than a digit starts a Character that is no number.
        if let first = s.utf8.first, first < 0x80, first < 48 || first > 57 { return nil }
        return s.utf8.allSatisfy({ $0 < 0x80 }) ? asciiNumber(s) : characterNumber(s)
    }

    /// `number(s)` Character by Character, for any text.
    static func characterNumber(_ s: String) -> Double? {
        guard let first = s.first, isNumber(first), s.allSatisfy({ isNumber($0) || $0 == "." || $0 == "," }) else { return nil }
        var text = s
        if text.contains(",") {
            text = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else if text.contains(".") {
            let groups = text.split(separator: ".", omittingEmptySubsequences: false)
            if groups.count > 1 && groups.dropFirst().allSatisfy({ $0.count == 3 }) {
                text = text.replacingOccurrences(of: ".", with: "")
            }
        }
        return Double(text)
    }

    /// `number(s)` of an ASCII `s`, where every Character is one byte: the same rules on bytes, without
    /// Foundation's string searches (a locale-aware search per call).
    static func asciiNumber(_ s: String) -> Double? {
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        let u = s.utf8
        guard let first = u.first, isDigit(first), u.allSatisfy({ isDigit($0) || $0 == dot || $0 == comma }) else { return nil }
        if u.contains(comma) {
            // Dots group thousands, the comma marks decimals.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(u.count)
            for b in u where b != dot { bytes.append(b == comma ? dot : b) }
            return Double(String(decoding: bytes, as: UTF8.self))
        }
        guard u.contains(dot) else { return Double(s) }
        // Dots group thousands only when every group after the first has three digits.
        var groupLength = 0, grouped = true, seenDot = false
        for b in u {
            if b == dot {
                if seenDot, groupLength != 3 { grouped = false }
                seenDot = true
                groupLength = 0
            } else {
                groupLength += 1
            }
        }
        if groupLength != 3 { grouped = false }
        guard grouped else { return Double(s) }
        return Double(String(decoding: u.filter { $0 != dot }, as: UTF8.self))
    }
}

import Foundation
