import CICU

/// A run of the text in UTF-8 byte offsets; `isWord` marks letters/digits (ICU rule status ≥ 100).
struct Segment {
    var start: Int
    var end: Int
    var isWord: Bool
}

/// Word segmentation with the Unicode (UAX #29) word rules: a hand-written pass for Latin text and
/// ICU's break iterator for everything else. Both give the same segments on Latin text.
enum WordSegmenter {
    enum CharClass: UInt8 { case letter, digit, extendNumLet, midLetter, midNumLet, midNum, other, unknown }

    /// Segments of `bytes`, by the fast path when every character is known to it, else by ICU.
    static func segments(_ bytes: UnsafeBufferPointer<UInt8>, forceICU: Bool = false) -> [Segment] {
        if !forceICU, let fast = fastSegments(bytes) { return fast }
        return icuSegments(bytes)
    }

    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (CharClass, Int) {
        let b = bytes[i]
        if b < 0x80 {
            switch b {
            case 0x61...0x7A, 0x41...0x5A: return (.letter, 1)
            case 0x30...0x39: return (.digit, 1)
            case 0x5F: return (.extendNumLet, 1)
            case 0x2E, 0x27: return (.midNumLet, 1)  // . '
            // ':' is MidLetter only in Swedish/Finnish tailorings, not in ICU's "tr" rules.
            case 0x2C, 0x3B: return (.midNum, 1)     // , ;
            default: return (.other, 1)
            }
        }
        if (b == 0xC3 || b == 0xC4 || b == 0xC5), i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80 {
            if b == 0xC3 && (bytes[i + 1] == 0x97 || bytes[i + 1] == 0xB7) { return (.other, 2) }  // × ÷
            if b == 0xC3 && bytes[i + 1] < 0x80 { return (.unknown, 1) }
            return (.letter, 2)
        }
        if b == 0xC2, i + 1 < bytes.count {
            switch bytes[i + 1] {
            case 0xB7: return (.midLetter, 2)                        // ·
            case 0xA0: return (.unknown, 2)                          // no-break space: leave to ICU
            case 0x80...0xBF where bytes[i + 1] != 0xAA && bytes[i + 1] != 0xB5 && bytes[i + 1] != 0xBA
                && bytes[i + 1] != 0xAD: return (.other, 2)       // Latin-1 punctuation and symbols
            default: return (.unknown, 2)
            }
        }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x82, bytes[i + 2] >= 0xA0, bytes[i + 2] <= 0xBF {
            return (.other, 3)                                       // currency signs: ₺ € ...
        }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
            switch bytes[i + 2] {
            case 0x98, 0x99: return (.midNumLet, 3)                  // ‘ ’
            case 0x93, 0x94, 0x9C, 0x9D, 0xA2, 0xA6: return (.other, 3)  // – — “ ” • …
            default: return (.unknown, 3)
            }
        }
        return (.unknown, 1)
    }

    /// The UAX #29 rules that matter for Latin text (WB5–WB13b); nil when a character is outside them.
    static func fastSegments(_ bytes: UnsafeBufferPointer<UInt8>) -> [Segment]? {
        var result: [Segment] = []
        result.reserveCapacity(bytes.count / 4 + 2)
        let n = bytes.count
        var i = 0
        while i < n {
            let (c, length) = classify(bytes, i)
            switch c {
            case .unknown:
                return nil
            case .letter, .digit, .extendNumLet:
                var previous = c
                var j = i + length
                scan: while j < n {
                    let (cj, lj) = classify(bytes, j)
                    switch cj {
                    case .unknown:
                        return nil
                    case .letter, .digit, .extendNumLet:
                        previous = cj; j += lj
                    case .midLetter, .midNumLet, .midNum:
                        guard j + lj < n else { break scan }
                        let (next, ln) = classify(bytes, j + lj)
                        if next == .unknown { return nil }
                        let letters = previous == .letter && next == .letter && (cj == .midLetter || cj == .midNumLet)
                        let digits = previous == .digit && next == .digit && (cj == .midNum || cj == .midNumLet)
                        guard letters || digits else { break scan }
                        previous = next; j += lj + ln
                    case .other:
                        break scan
                    }
                }
                result.append(Segment(start: i, end: j, isWord: true))
                i = j
            default:
                result.append(Segment(start: i, end: i + length, isWord: false))
                i += length
            }
        }
        return result
    }

    /// ICU word break ("tr" rules); offsets converted from UTF-16 to UTF-8.
    static func icuSegments(_ bytes: UnsafeBufferPointer<UInt8>) -> [Segment] {
        let text = String(decoding: bytes, as: UTF8.self)
        var utf16: [UInt16] = []
        var toUTF8: [Int32] = []  // utf16 offset → utf8 offset
        utf16.reserveCapacity(bytes.count)
        toUTF8.reserveCapacity(bytes.count + 1)
        var offset8: Int32 = 0
        for scalar in text.unicodeScalars {
            let units = UTF16.encode(scalar)!
            for unit in units { utf16.append(unit); toUTF8.append(offset8) }
            offset8 += Int32(UTF8.width(scalar))
        }
        toUTF8.append(offset8)
        guard !utf16.isEmpty else { return [] }
        let cap = utf16.count + 1
        var boundaries = [Int32](repeating: 0, count: cap)
        var status = [Int32](repeating: 0, count: cap)
        let count = utf16.withUnsafeBufferPointer { src in
            boundaries.withUnsafeMutableBufferPointer { b in
                status.withUnsafeMutableBufferPointer { s in
                    cicu_word_boundaries(src.baseAddress, Int32(src.count), b.baseAddress, s.baseAddress, Int32(cap))
                }
            }
        }
        guard count > 1 else {
            return [Segment(start: 0, end: Int(offset8), isWord: text.unicodeScalars.contains { $0.properties.isAlphabetic })]
        }
        var result: [Segment] = []
        for k in 0..<Int(count - 1) {
            let s = Int(toUTF8[Int(boundaries[k])]), e = Int(toUTF8[Int(boundaries[k + 1])])
            result.append(Segment(start: s, end: e, isWord: status[k + 1] >= 100))
        }
        return result
    }
}
