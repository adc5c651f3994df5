/// The Turkish noun suffix grammar the stemmer parses right to left, in folded letters.
/// Placeholders: "I" is a high vowel (ı i u ü → i u after folding), "A" is a low unrounded vowel (a e).
enum StemmerGrammar {
    /// What the letter before a suffix must be.
    enum Before: UInt8 { case any, vowel, consonant, voiceless, voicedOrVowel }
    /// Slots from the end of the word inwards.
    enum Slot: UInt8 { case copula, caseMark, possessive, possessive3, plural, relativeBase, root }

    /// A suffix spelling; its letters packed into an integer (last letter in the low byte) so that
    /// matching is one comparison and iterating the tables never touches reference counts.
    struct Suffix {
        let packed: UInt64
        let length: Int
        let before: Before
        let next: Slot

        init(letters: [UInt8], before: Before, next: Slot) {
            self.packed = letters.reduce(0) { ($0 << 8) | UInt64($1) }
            self.length = letters.count
            self.before = before
            self.next = next
        }

        /// Mask selecting the low `length` bytes.
        var mask: UInt64 { length >= 8 ? ~0 : (1 << UInt64(8 * length)) - 1 }
    }

    /// Pattern, condition on the preceding letter, slot that may come before it.
    typealias Row = (String, Before, Slot)

    static let copula: [Row] = [("dIr", .voicedOrVowel, .caseMark), ("tIr", .voiceless, .caseMark)]

    static let caseMarks: [Row] = [
        // after a 3rd-person possessive the pronominal n: kılıf-ı-n-a, kılıf-ı-n-da
        ("ndAn", .vowel, .possessive3), ("ndA", .vowel, .possessive3), ("nA", .vowel, .possessive3), ("nI", .vowel, .possessive3),
        ("nIn", .vowel, .possessive),                      // genitive after a vowel: araba-nın
        ("dAn", .voicedOrVowel, .possessive), ("tAn", .voiceless, .possessive),
        ("dA", .voicedOrVowel, .possessive), ("tA", .voiceless, .possessive),
        ("yA", .vowel, .possessive), ("yI", .vowel, .possessive), ("ylA", .vowel, .possessive),
        ("lA", .consonant, .possessive),
        ("A", .consonant, .possessive), ("I", .consonant, .possessive), ("In", .consonant, .possessive),
    ]

    /// "-ki" after a locative or genitive (sepet-te-ki, kargo-nun-ki), optionally inflected again.
    static let relative: [String] = ["ki", "kini", "kine", "kinde", "kinden", "kinin", "kiler", "kileri", "kilere",
                                     "kilerde", "kilerden", "kilerin", "kiyle"]
    static let relativeBase: [Row] = [
        ("ndA", .vowel, .possessive3), ("dA", .voicedOrVowel, .possessive), ("tA", .voiceless, .possessive),
        ("nIn", .vowel, .possessive), ("In", .consonant, .possessive),
    ]

    static let possessives: [Row] = [
        ("lArI", .any, .root), ("sI", .vowel, .plural), ("I", .consonant, .plural),
        ("m", .vowel, .plural), ("Im", .consonant, .plural), ("mIz", .vowel, .plural), ("ImIz", .consonant, .plural),
        ("nIz", .vowel, .plural), ("InIz", .consonant, .plural), ("In", .consonant, .plural),
    ]
    static let possessive3: [Row] = [("lArI", .any, .root), ("sI", .vowel, .plural), ("I", .consonant, .plural)]
    static let plural: [Row] = [("lAr", .any, .root)]

    /// Every spelling of a pattern ("lAr" → lar, ler).
    static func expand(_ rows: [Row]) -> [Suffix] {
        rows.flatMap { row in
            var spellings: [[UInt8]] = [[]]
            for ch in row.0.utf8 {
                let options: [UInt8] = ch == UInt8(ascii: "I") ? Array("iu".utf8) : ch == UInt8(ascii: "A") ? Array("ae".utf8) : [ch]
                spellings = spellings.flatMap { s in options.map { s + [$0] } }
            }
            return spellings.map { Suffix(letters: $0, before: row.1, next: row.2) }
        }.sorted { $0.length > $1.length }
    }

    static let copulaSuffixes = expand(copula)
    static let caseSuffixes = expand(caseMarks)
    static let relativeSuffixes = relative.map { Suffix(letters: Array($0.utf8), before: .any, next: .relativeBase) }
    static let relativeBaseSuffixes = expand(relativeBase)
    static let possessiveSuffixes = expand(possessives)
    static let possessive3Suffixes = expand(possessive3)
    static let pluralSuffixes = expand(plural)

    /// Every slot's suffixes in one list, so that a parse reads them all through one pointer instead of
    /// fetching (and retaining) a table per step: slot s owns `start[s] ..< start[s + 1]` (by raw value);
    /// the relative suffixes come last, `start[relativeIndex] ..< start[relativeIndex + 1]`.
    static let flat: (suffixes: [Suffix], start: [Int]) = {
        let bySlot: [[Suffix]] = [copulaSuffixes, caseSuffixes, possessiveSuffixes, possessive3Suffixes,
                                  pluralSuffixes, relativeBaseSuffixes, [], relativeSuffixes]
        precondition(bySlot.count == Int(Slot.root.rawValue) + 2, "one list per slot, then the relative suffixes")
        var all: [Suffix] = [], start = [0]
        for list in bySlot { all += list; start.append(all.count) }
        return (all, start)
    }()
    /// Position of the relative suffixes' range in `flat.start`.
    static let relativeIndex = Int(Slot.root.rawValue) + 1
}
