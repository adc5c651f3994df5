import Foundation
import NIOCore

/// A value the bot routes write as JSON straight into the response buffer. Every answer carries one,
/// and writing it by hand costs a fraction of `JSONEncoder`'s generic walk; the `Codable`
/// conformance stays for clients and tests, which check that both forms agree.
protocol JSONWritable {
    func writeJSON(to json: inout JSONWriter)
}

/// Appends JSON text to a `ByteBuffer`: objects with their keys in the order written.
struct JSONWriter {
    var buffer: ByteBuffer
    private var needsComma = false

    init(capacity: Int = 1024) { buffer = ByteBufferAllocator().buffer(capacity: capacity) }

    static func bytes(of value: some JSONWritable) -> ByteBuffer {
        var w = JSONWriter()
        value.writeJSON(to: &w)
        return w.buffer
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate()
        buffer.writeInteger(UInt8(ascii: "{"))
        needsComma = false
        body(&self)
        buffer.writeInteger(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func array<S: Sequence>(_ key: String, _ items: S, _ item: (inout JSONWriter, S.Element) -> Void) {
        self.key(key)
        buffer.writeInteger(UInt8(ascii: "["))
        needsComma = false
        for element in items { item(&self, element) }
        buffer.writeInteger(UInt8(ascii: "]"))
        needsComma = true
    }

    mutating func field(_ key: String, _ value: String) {
        self.key(key)
        writeString(value)
    }

    mutating func field(_ key: String, _ value: String?) {
        self.key(key)
        if let value { writeString(value) } else { buffer.writeStaticString("null") }
    }

    mutating func field(_ key: String, _ value: Int) {
        self.key(key)
        buffer.writeString(String(value))
    }

    mutating func field(_ key: String, _ value: Double) {
        self.key(key)
        // JSON has no NaN or infinity; answers never hold them, and a stray one must not break the body.
        buffer.writeString(value.isFinite ? value.description : "0")
    }

    mutating func field(_ key: String, _ value: Bool) {
        self.key(key)
        if value { buffer.writeStaticString("true") } else { buffer.writeStaticString("false") }
    }

    /// A key only when the value is there (optional extras).
    mutating func fieldIfPresent(_ key: String, _ value: String?) {
        if let value { field(key, value) }
    }

    private mutating func separate() {
        if needsComma { buffer.writeInteger(UInt8(ascii: ",")) }
    }

    private mutating func key(_ key: String) {
        separate()
        writeString(key)
        buffer.writeInteger(UInt8(ascii: ":"))
        needsComma = true
    }

    /// A quoted string: runs of plain bytes are copied whole, only `"`, `\` and controls are escaped.
    private mutating func writeString(_ s: String) {
        buffer.writeInteger(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            for i in 0..<bytes.count {
                let b = bytes[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[runStart..<i]))
                switch b {
                case UInt8(ascii: "\""): buffer.writeStaticString("\\\"")
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                default:
                    let low = b & 0xF
                    buffer.writeStaticString("\\u00")
                    buffer.writeInteger(UInt8(ascii: "0") + (b >> 4))
                    buffer.writeInteger(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
                }
                runStart = i + 1
            }
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[runStart..<bytes.count]))
        }
        buffer.writeInteger(UInt8(ascii: "\""))
    }
}
