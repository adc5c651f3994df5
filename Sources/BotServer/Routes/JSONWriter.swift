import Foundation
import NIOCore

/// A value the bot routes write as JSON by hand. Every answer carries one, and writing it directly
/// costs a fraction of `JSONEncoder`'s generic walk; the `Codable` conformance stays for clients and
/// tests, which check that both forms agree.
protocol JSONWritable {
    func writeJSON(to json: inout JSONWriter)
}

/// Builds JSON text in a byte array (cheaper per append than a `ByteBuffer`), handed over as one
/// buffer at the end: objects with their keys in the order written.
struct JSONWriter {
    private var out: [UInt8] = []
    private var needsComma = false

    init(capacity: Int = 2048) { out.reserveCapacity(capacity) }

    static func bytes(of value: some JSONWritable) -> ByteBuffer {
        var w = JSONWriter()
        value.writeJSON(to: &w)
        return ByteBuffer(bytes: w.out)
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate()
        out.append(UInt8(ascii: "{"))
        needsComma = false
        body(&self)
        out.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func array<S: Sequence>(_ key: StaticString, _ items: S, _ item: (inout JSONWriter, S.Element) -> Void) {
        self.key(key)
        out.append(UInt8(ascii: "["))
        needsComma = false
        for element in items { item(&self, element) }
        out.append(UInt8(ascii: "]"))
        needsComma = true
    }

    mutating func field(_ key: StaticString, _ value: String) {
        self.key(key)
        writeString(value)
    }

    mutating func field(_ key: StaticString, _ value: String?) {
        self.key(key)
        if let value { writeString(value) } else { out.append(contentsOf: "null".utf8) }
    }

    mutating func field(_ key: StaticString, _ value: Int) {
        self.key(key)
        out.append(contentsOf: String(value).utf8)
    }

    mutating func field(_ key: StaticString, _ value: Double) {
        self.key(key)
        // JSON has no NaN or infinity; answers never hold them, and a stray one must not break the body.
        out.append(contentsOf: (value.isFinite ? value.description : "0").utf8)
    }

    mutating func field(_ key: StaticString, _ value: Bool) {
        self.key(key)
        if value { out.append(contentsOf: "true".utf8) } else { out.append(contentsOf: "false".utf8) }
    }

    /// A key only when the value is there (optional extras).
    mutating func fieldIfPresent(_ key: StaticString, _ value: String?) {
        if let value { field(key, value) }
    }

    private mutating func separate() {
        if needsComma { out.append(UInt8(ascii: ",")) }
    }

    /// Keys are literals of plain ASCII: copied as they are, without looking for characters to escape.
    private mutating func key(_ key: StaticString) {
        separate()
        out.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(contentsOf: "\":".utf8)
        needsComma = true
    }

    private mutating func writeString(_ s: String) {
        JSONText.appendQuoted(s, to: &out)
    }
}
