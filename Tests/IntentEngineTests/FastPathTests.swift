import Commerce
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
}
