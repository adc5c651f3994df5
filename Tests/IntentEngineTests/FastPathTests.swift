import Foundation
@testable import Commerce
import Testing
import TurkishText
@testable import IntentEngine

/// The byte-level shortcuts of the intent rules answer exactly as the plain String definitions they replace.
@Suite struct FastPathTests {
    /// Keys that start like kind words, differ late, are shorter, or are not ASCII.
    static let sampleKeys: [String] = {
        var keys = ["", "a", "tv", "kulaklik", "kulaklikar", "kulakli", "kulak", "buzdolabi", "buzdolab", "telefonlar",
                    "playstation", "merhaba", "kargo", "çamaşır", "kılıf", "e\u{301}lbise", "laptopçu", "x"]
        for w in KnownKinds.words.prefix(300) {
            keys.append(w)
            keys.append(String(w.dropLast()))
            keys.append(String(w.dropLast(2)))
            keys.append(w + "lari")
            keys.append(String(w.dropLast()) + "ğ")
        }
        return keys
    }()

    @Test func knownKindsMatchTheirStringDefinition() {
        #expect(KnownKinds.asciiStarts != nil, "the kind lexicon folds to ASCII, so the trie is used")
        var hits = 0
        for key in Self.sampleKeys {
            let expected = KnownKinds.words.contains {
                key.hasPrefix($0) || ($0.utf8.count >= 5 && key.hasPrefix(String($0.dropLast())))
            }
            #expect(KnownKinds.contains(key) == expected, "\(key)")
            if expected { hits += 1 }
        }
        #expect(hits > 100)
        #expect(KnownKinds.contains("kulakliginiz"))
        #expect(!KnownKinds.contains("merhaba"))
    }

    @Test func lexiconExactMatchesEqualTheirDictionaryDefinition() {
        let lexicon = CompiledLexicon.standard
        #expect(lexicon.asciiExactInTrie)
        var keys = Self.sampleKeys
        for w in lexicon.words.prefix(400) {
            keys.append(w.key)
            keys.append(w.key + "lar")
            keys.append(String(w.key.dropLast()))
        }
        var nonEmpty = 0
        for key in keys {
            // The definition: the exact words, then the prefix words shortest first.
            var expected = lexicon.exact[key] ?? []
            let utf8 = Array(key.utf8)
            if !utf8.isEmpty {
                for length in 1...utf8.count {
                    if let ids = lexicon.prefixes[String(decoding: utf8[0..<length], as: UTF8.self)] { expected += ids }
                }
            }
            let found = lexicon.exactMatches(key)
            #expect(found == expected, "\(key)")
            if !found.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > 300)
    }

    @Test func asciiNumbersReadAsCharacterByCharacter() {
        let samples = ["", "5", "5000", "5.000", "1.149,90", "15.6", "15,6", "1.2.3", "1.234.567", "12.34", ".5", "5.",
                       "5,", ",5", "1,2,3", "1.149.90", "007", "1..000", "1.000,", "a5", "5a", "12.345,6.7", "99999999999999999999"]
        for s in samples {
            #expect(QueryLexer.asciiNumber(s) == QueryLexer.characterNumber(s), "\(s)")
        }
        #expect(QueryLexer.number("5.000") == 5000)
        #expect(QueryLexer.number("1.149,90") == 1149.9)
        #expect(QueryLexer.number("15.6") == 15.6)
    }

    @Test func typoCandidatesFindOneTypoAwayWords() {
        let words = ["kulaklik", "telefon", "televizyon", "bilgisayar", "ayakkabi", "elbise", "canta", "laptop",
                     "tablet", "klavye", "monitor", "yazici", "kamera", "hoparlor", "saat", "gozluk"]
        let index = TypoIndex(words: words.enumerated().map { ($1, Int32($0)) })
        func word(_ id: Int32) -> String { words[Int(id)] }
        for (i, w) in words.enumerated() where w.utf8.count >= 5 {
            var bytes = Array(w.utf8)
            bytes.remove(at: bytes.count / 2)                                   // a dropped letter
            let dropped = String(decoding: bytes, as: UTF8.self)
            var swapped = Array(w.utf8)
            swapped.swapAt(2, 3)                                                // two letters swapped
            for typo in [dropped, String(decoding: swapped, as: UTF8.self)] where typo != w {
                let found = index.candidates(for: typo, word: word)
                #expect(found.contains { $0.id == Int32(i) }, "\(typo) → \(w)")
                #expect(found.map(\.edits) == found.map(\.edits).sorted())
                for c in found {
                    let d = EditDistance.distance(typo, word(c.id))
                    #expect(c.edits == d && d >= 1 && d <= EditDistance.allowedTypos(forLength: typo.utf8.count))
                }
            }
        }
        #expect(index.candidates(for: "zzzzzz", word: word).isEmpty)
        #expect(index.candidates(for: "kulaklik", word: word).isEmpty, "the word itself is no typo")
    }

    @Test func asciiTrieWalksFindExactlyThePrefixesThatAreWords() {
        let words = ["a", "ab", "abc", "abd", "b", "kulak", "kulaklik", "kulakliklar", "kul", "tel", "telefon", "televizyon", "çanta"]
        let trie = ASCIIWordTrie(words)
        let asciiWords = Set(words.filter { $0.utf8.allSatisfy { $0 < 0x80 } })
        for key in ["abcd", "abd", "kulaklikci", "telefonlar", "televizyonlar", "tela", "x", "", "b", "kulaklik", "çanta"] {
            var found: [String] = []
            var node = ASCIIWordTrie.root
            var length = 0
            for b in key.utf8 {
                guard let next = trie.child(of: node, b) else { break }
                node = next
                length += 1
                if trie.isWord(node) { found.append(String(decoding: Array(key.utf8.prefix(length)), as: UTF8.self)) }
            }
            let utf8 = Array(key.utf8)
            let expected = utf8.isEmpty ? [] : (1...utf8.count).map { String(decoding: utf8[0..<$0], as: UTF8.self) }.filter { asciiWords.contains($0) }
            #expect(found == expected, "\(key)")
        }
        #expect(trie.nodeCount > 10)
        #expect(!trie.isWord(ASCIIWordTrie.root))
    }

    @Test func textTrimEqualsFoundationTrimming() {
        let samples = ["", " ", "\t", "kulaklık", " kulaklık ", "çanta", "çanta ", " çanta", "kılıfı", "\u{00A0}çanta",
                       "çanta\u{00A0}", "\u{3000}ış\u{3000}", "ş\u{2009}", "e\u{301}", "\u{301}e", "a b", "ı", "\u{00A0}",
                       "😀 telefon 😀", "\u{200B}ç", "ç\u{202F}"]
        for text in samples {
            #expect(TextTrim.spaces(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    /// Lexicon words with one and two typos of every kind, and unrelated words.
    static func typoKeys() -> [String] {
        var keys = sampleKeys
        for w in CompiledLexicon.standard.words where w.bytes.count >= 5 {
            let b = w.bytes
            var variants: [[UInt8]] = [b, b + Array("lar".utf8), Array(b.dropLast())]
            for i in [1, b.count / 2, b.count - 1] {
                var dropped = b; dropped.remove(at: i); variants.append(dropped)
                var changed = b; changed[i] = UInt8(ascii: "x"); variants.append(changed)
                var doubled = b; doubled.insert(b[i], at: i); variants.append(doubled)
                if i + 1 < b.count { var swapped = b; swapped.swapAt(i, i + 1); variants.append(swapped) }
                var two = b; two[i] = UInt8(ascii: "q"); two[0] = UInt8(ascii: "z"); variants.append(two)
            }
            keys += variants.map { String(decoding: $0, as: UTF8.self) }
        }
        return keys
    }

    @Test func fuzzyMatchesEqualTheirUnfilteredDefinition() {
        let lexicon = CompiledLexicon.standard
        var nonEmpty = 0
        for key in Self.typoKeys() {
            // The definition: every candidate measured.
            var expected: [Int] = []
            let bytes = Array(key.utf8)
            if bytes.count >= 4, let first = bytes.first, let candidates = lexicon.fuzzyByFirstByte[first] {
                for id in candidates {
                    let w = lexicon.words[id]
                    let allowed = EditDistance.allowedTypos(forLength: w.bytes.count)
                    if w.isPrefix {
                        let lo = min(bytes.count, w.bytes.count), hi = min(bytes.count, w.bytes.count + allowed)
                        if bytes.count < w.bytes.count - allowed || lo > hi { continue }
                        if (lo...hi).contains(where: { Typo.distance(w.bytes, bytes[0..<$0], limit: allowed) <= allowed }) { expected.append(id) }
                    } else if abs(w.bytes.count - bytes.count) <= allowed, Typo.distance(w.bytes, bytes[...], limit: allowed) <= allowed {
                        expected.append(id)
                    }
                }
            }
            let found = lexicon.fuzzyMatches(key)
            #expect(found == expected, "\(key)")
            if !found.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > 200)
    }

    @Test func verbShapesEqualTheirStringDefinition() {
        var keys = Self.typoKeys()
        keys += WordLists.imperatives + WordLists.verbEndings + WordLists.possessiveEndings
        keys += ["geliyor", "gelecek", "alabilirim", "alarmlarimi", "listemi", "yaptim", "soyle", "telefon", "bakiyorum", "di", "xdi", "xxdi",
                 "imi", "ximi", "xyimi", "yapin", "çalıştır", "görüyorum", "gördüm"]
        var verbs = 0
        for key in keys {
            var expected = key.contains("iyor") || WordLists.imperatives.contains(key)
            expected = expected || WordLists.possessiveEndings.contains { key.hasSuffix($0) && key.utf8.count >= $0.utf8.count + 3 }
            expected = expected || WordLists.verbEndings.contains { key.hasSuffix($0) && key.utf8.count >= $0.utf8.count + 2 }
            #expect(UtteranceAnalyzer.looksLikeVerb(key) == expected, "\(key)")
            if expected { verbs += 1 }
        }
        #expect(verbs > 50)
    }

    @Test func faqWordSamenessEqualsItsUnfilteredDefinition() {
        let keys = Array(Self.typoKeys().filter { $0.utf8.count >= 4 }.prefix(500))
        var same = 0
        for a in keys {
            for b in keys.prefix(120) {
                let x = Array(a.utf8), y = Array(b.utf8)
                var common = 0
                while common < x.count, common < y.count, x[common] == y[common] { common += 1 }
                let shorter = min(x.count, y.count)
                var expected = a == b || (common == shorter && shorter >= 4) || common >= 5
                if !expected, shorter >= 5, abs(x.count - y.count) <= 1 {
                    let allowed = EditDistance.allowedTypos(forLength: shorter)
                    expected = Typo.distance(x, y[...], limit: allowed) <= allowed
                }
                #expect(FAQMatcher.same(a, b) == expected, "\(a) \(b)")
                if expected { same += 1 }
            }
        }
        #expect(same > 500)
    }
}
