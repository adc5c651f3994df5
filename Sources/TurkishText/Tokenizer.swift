/// Splits text into tokens: Unicode word segments, apostrophe suffixes split off, numbers read with
/// Turkish separators, units kept next to their numbers.
public enum Tokenizer {
    /// Tokens of `text`, in order.
    public static func tokens(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { build($0, WordSegmenter.segments($0)) }
    }

    /// True when `text` is words separated by single spaces, each of letters and digits (a dot or comma
    /// only between two ASCII digits, no apostrophe): then every word is one segment and its own token
    /// text, the same as `Tokenizer.tokens(text).map(\.text)`.
    public static func isSimpleText(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            let n = bytes.count
            var i = 0, wordStart = 0
            while i < n {
                let b = bytes[i]
                // ASCII letters and digits first: most of a question's bytes.
                if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39 { i += 1; continue }
                if b == 0x20 {
                    // A single space between two words.
                    guard i > wordStart, i + 1 < n, bytes[i + 1] != 0x20 else { return false }
                    i += 1
                    wordStart = i
                    continue
                }
                if b == 0x2E || b == 0x2C {
                    guard i > wordStart, i + 1 < n, bytes[i - 1] >= 0x30, bytes[i - 1] <= 0x39,
                          bytes[i + 1] >= 0x30, bytes[i + 1] <= 0x39 else { return false }
                    i += 1
                    continue
                }
                let (kind, length) = WordSegmenter.classify(bytes, i)
                guard kind == .letter || kind == .digit else { return false }
                i += length
            }
            return true
        }
    }

    /// The tokens' texts of `text` when it `isSimpleText`, found by cutting at its spaces; nil otherwise.
    public static func simpleWords(_ text: String) -> [Substring]? {
        guard isSimpleText(text) else { return nil }
        var words: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x20 {
                words.append(Substring(utf8[start..<i]))
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { words.append(Substring(utf8[start..<utf8.endIndex])) }
        return words
    }

    /// Tokens from ICU segmentation only (the reference the fast path is tested against).
    static func icuTokens(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { build($0, WordSegmenter.segments($0, forceICU: true)) }
    }

    static func build(_ bytes: UnsafeBufferPointer<UInt8>, _ segments: [Segment]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(segments.count / 2 + 1)
        var k = 0
        while k < segments.count {
            let segment = segments[k]
            k += 1
            guard segment.isWord else { continue }
            var mainEnd = segment.end
            var suffix: String?
            if let cut = firstApostrophe(bytes, segment.start, segment.end) {
                // "iPhone'un": ICU keeps letter'letter together.
                mainEnd = cut.at
                suffix = key(bytes, cut.at + cut.length, segment.end)
            } else if k + 1 < segments.count, !segments[k].isWord, segments[k].start == segment.end,
                      isApostrophe(bytes, segments[k].start, segments[k].end),
                      segments[k + 1].isWord, startsWithLetter(bytes, segments[k + 1].start) {
                // "S24’ün", "3'te": a digit before the apostrophe makes ICU break there.
                suffix = key(bytes, segments[k + 1].start, segments[k + 1].end)
                k += 2
            }
            guard mainEnd > segment.start else { continue }
            let main = UnsafeBufferPointer(rebasing: bytes[segment.start..<mainEnd])
            var needsFolding = false, hasDigit = false, hasNonASCII = false
            for b in main {
                if b >= 0x80 { needsFolding = true; hasNonASCII = true }
                else if b >= 0x41 && b <= 0x5A { needsFolding = true }
                else if b >= 0x30 && b <= 0x39 { hasDigit = true }
            }
            let text = String(decoding: main, as: UTF8.self)
            let tokenKey = needsFolding ? (Folding.fastKey(main) ?? Folding.icuKey(text)) : text
            var token = Token(text: text, key: tokenKey, apostropheSuffix: suffix, kind: .word)
            // Digits are ASCII; only compatibility forms (full-width digits) reach the key through folding.
            if hasDigit || hasNonASCII { classifyNumber(&token) }
            if token.kind == .number, suffix == nil, k < segments.count, !segments[k].isWord,
               segments[k].start == segment.end, isInchMark(bytes, segments[k].start, segments[k].end) {
                token.unit = "inc"
            } else if token.kind == .number, suffix == nil, k < segments.count, !segments[k].isWord,
                      segments[k].start == segment.end, isLiraSign(bytes, segments[k].start, segments[k].end) {
                token.unit = "tl"
            }
            tokens.append(token)
        }
        return tokens
    }

    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return Folding.fastKey(slice) ?? Folding.icuKey(String(decoding: slice, as: UTF8.self))
    }

    /// Position and byte length of the first apostrophe that has a letter after it.
    static func firstApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (at: Int, length: Int)? {
        var i = start
        while i < end {
            let length = apostropheLength(bytes, i, end)
            if length > 0 {
                if i > start, i + length < end, startsWithLetter(bytes, i + length) { return (i, length) }
                i += length
            } else {
                i += 1
            }
        }
        return nil
    }

    /// ' (U+0027), ‘ ’ (U+2018/2019) or ʼ (U+02BC): byte length, 0 if none.
    @inline(__always)
    static func apostropheLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = bytes[i]
        if b == 0x27 { return 1 }
        if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98 { return 3 }
        if b == 0xCA, i + 1 < end, bytes[i + 1] == 0xBC { return 2 }
        return 0
    }

    static func isApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        apostropheLength(bytes, start, end) == end - start
    }

    /// " or ″ right after a number: inches ("15,6\"").
    static func isInchMark(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        (end - start == 1 && bytes[start] == 0x22)
            || (end - start == 3 && bytes[start] == 0xE2 && bytes[start + 1] == 0x80 && bytes[start + 2] == 0xB3)
    }

    /// ₺ right after a number: Turkish lira ("1.499,90₺").
    static func isLiraSign(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        end - start == 3 && bytes[start] == 0xE2 && bytes[start + 1] == 0x82 && bytes[start + 2] == 0xBA
    }

    static func startsWithLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        var iterator = UnsafeBufferPointer(rebasing: bytes[i...]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar.properties.isAlphabetic }
        return false
    }

    /// Sets kind, number and unit from the key.
    static func classifyNumber(_ token: inout Token) {
        let key = token.key.utf8
        guard key.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return }
        if key.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C }),
           let value = NumberReader.value(token.key) {
            token.kind = .number
            token.number = value
            return
        }
        token.kind = .alphanumeric
        // "256gb", "5.000tl": a leading number followed by letters only is a quantity with a unit.
        var numberEnd = key.startIndex
        while numberEnd != key.endIndex, let b = Optional(key[numberEnd]), (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x2C {
            numberEnd = key.index(after: numberEnd)
        }
        guard numberEnd != key.startIndex, numberEnd != key.endIndex else { return }
        let rest = key[numberEnd...]
        guard rest.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return }
        let digits = String(decoding: key[key.startIndex..<numberEnd], as: UTF8.self)
        token.number = NumberReader.value(digits)
        token.unit = String(decoding: rest, as: UTF8.self)
    }
}
