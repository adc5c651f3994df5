/// A one-pass reader for the flat JSON objects clients send to the bot (`{"question": "…", …}`):
/// string, boolean and null values only. Anything else — numbers, nesting, a repeated key, broken
/// text — returns nil, and the caller falls back to `JSONDecoder`, whose errors name the problem.
enum FlatJSON {
    enum Value: Equatable {
        case string(String)
        case bool(Bool)
        case null
    }

    /// The object's fields in body order, keys distinct. A request has a handful of fields: a short
    /// list searched by key costs less than hashing each key into a dictionary, and bodies with more
    /// fields than `maxFields` go to the full decoder, so the search stays short.
    static func fields(_ bytes: UnsafeRawBufferPointer) -> [(key: String, value: Value)]? {
        var reader = Reader(bytes: bytes)
        return reader.object()
    }

    static let maxFields = 16

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var at = 0

        mutating func skipSpace() {
            while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
        }

        mutating func consume(_ byte: UInt8) -> Bool {
            skipSpace()
            guard at < bytes.count, bytes[at] == byte else { return false }
            at += 1
            return true
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard at + n <= bytes.count else { return false }
            for i in 0..<n where bytes[at + i] != word.utf8Start[i] { return false }
            at += n
            return true
        }

        mutating func object() -> [(key: String, value: Value)]? {
            guard consume(UInt8(ascii: "{")) else { return nil }
            var fields: [(key: String, value: Value)] = []
            fields.reserveCapacity(4)
            if consume(UInt8(ascii: "}")) { return end(fields) }
            repeat {
                skipSpace()
                guard fields.count < FlatJSON.maxFields, let key = string(), consume(UInt8(ascii: ":")),
                      !fields.contains(where: { $0.key == key }) else { return nil }
                skipSpace()
                guard at < bytes.count else { return nil }
                switch bytes[at] {
                case UInt8(ascii: "\""):
                    guard let s = string() else { return nil }
                    fields.append((key, .string(s)))
                case UInt8(ascii: "t") where literal("true"): fields.append((key, .bool(true)))
                case UInt8(ascii: "f") where literal("false"): fields.append((key, .bool(false)))
                case UInt8(ascii: "n") where literal("null"): fields.append((key, .null))
                default: return nil
                }
            } while consume(UInt8(ascii: ","))
            guard consume(UInt8(ascii: "}")) else { return nil }
            return end(fields)
        }

        /// Only whitespace may follow the object.
        mutating func end(_ fields: [(key: String, value: Value)]) -> [(key: String, value: Value)]? {
            skipSpace()
            return at == bytes.count ? fields : nil
        }

        /// A string at `at` (which holds the opening quote); plain runs are copied whole, and a string
        /// without escapes straight from the body.
        mutating func string() -> String? {
            guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { return nil }
            at += 1
            var out: [UInt8] = []
            var runStart = at
            let start = at
            while at < bytes.count {
                let b = bytes[at]
                if b == UInt8(ascii: "\"") {
                    // Invalid UTF-8 is left to the full decoder's error.
                    if runStart == start {
                        at += 1
                        return String(validating: UnsafeRawBufferPointer(rebasing: bytes[start..<at - 1]), as: UTF8.self)
                    }
                    out.append(contentsOf: bytes[runStart..<at])
                    at += 1
                    return String(validating: out, as: UTF8.self)
                }
                if b < 0x20 { return nil }
                if b == UInt8(ascii: "\\") {
                    out.append(contentsOf: bytes[runStart..<at])
                    at += 1
                    guard at < bytes.count, escape(into: &out) else { return nil }
                    runStart = at
                    continue
                }
                at += 1
            }
            return nil
        }

        /// One escape after its backslash.
        mutating func escape(into out: inout [UInt8]) -> Bool {
            let c = bytes[at]
            at += 1
            switch c {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(c)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex4() else { return false }
                if (0xD800..<0xDC00).contains(scalar) {
                    // A high surrogate must be followed by an escaped low one.
                    guard literal("\\u"), let low = hex4(), (0xDC00..<0xE000).contains(low) else { return false }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(scalar) {
                    return false
                }
                guard let unicode = Unicode.Scalar(scalar) else { return false }
                out.append(contentsOf: String(Character(unicode)).utf8)
            default: return false
            }
            return true
        }

        mutating func hex4() -> UInt32? {
            guard at + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[at]
                let d: UInt8
                switch b {
                case 48...57: d = b - 48
                case 65...70: d = b - 55
                case 97...102: d = b - 87
                default: return nil
                }
                v = v << 4 | UInt32(d)
                at += 1
            }
            return v
        }
    }
}
