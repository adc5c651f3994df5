import Foundation

/// Files in the test fixtures folder.
enum Fixture {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }

    /// Tab-separated rows, without comments and blank lines.
    static func rows(_ name: String) throws -> [[String]] {
        try text(name).split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }
}

/// Deterministic random numbers for property tests (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

enum RandomText {
    /// Letters and marks Turkish shop text is made of, plus troublemakers.
    static let turkish = Array("abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZâîûÂÎÛ0123456789 .,'’\"-/%")
    static let wild: [Character] = ["\u{0307}", "I\u{0307}", "ﬁ", "１", "Ｓ", "é", "ß", "Æ", "ø", "ł", "ŉ", "ǅ", "Ω", "я", "中", "文", "😀",
                                    "👍🏽", "\u{200D}", "\u{00A0}", "\u{FEFF}", "\u{0301}", "ـ", "ا", "ไ", "\t", "\n", "_", ":", ";", "·"]

    static func string(length: Int, wildness: Double, using g: inout SeededGenerator) -> String {
        var s = ""
        for _ in 0..<length {
            if Double.random(in: 0..<1, using: &g) < wildness {
                if Bool.random(using: &g) {
                    s.append(wild.randomElement(using: &g)!)
                } else if let scalar = Unicode.Scalar(UInt32.random(in: 0x20...0x2FFFF, using: &g)) {
                    s.unicodeScalars.append(scalar)
                }
            } else {
                s.append(turkish.randomElement(using: &g)!)
            }
        }
        return s
    }
}
