import Foundation
import Logging

/// A swift-log handler writing one JSON object per line to stderr:
/// `{"ts":"…","level":"info","label":"…","msg":"…", …metadata}`.
struct JSONLogHandler: LogHandler {
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    let label: String
    /// Where lines (UTF-8, newline included) go, with their level: the server's batched stderr.
    let sink: @Sendable ([UInt8], Logger.Level) -> Void

    init(label: String, sink: @escaping @Sendable ([UInt8], Logger.Level) -> Void) {
        self.label = label
        self.sink = sink
    }

    /// Lines written one `write(2)` each to stderr (short-lived commands), or as text to `sink` (tests).
    init(label: String, sink: (@Sendable (String) -> Void)? = nil) {
        if let sink {
            self.init(label: label) { line, _ in sink(String(decoding: line, as: UTF8.self)) }
        } else {
            self.init(label: label) { line, _ in JSONLogHandler.writeToStderr(line) }
        }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var line: [UInt8] = []
        line.reserveCapacity(256)
        line += #"{"ts":""#.utf8
        line += Timestamp.iso8601(Date()).utf8
        line += #"","level":""#.utf8
        line += event.level.rawValue.utf8
        line += #"","label":"#.utf8
        JSONText.appendQuoted(label, to: &line)
        line += #","msg":"#.utf8
        JSONText.appendQuoted(event.message.description, to: &line)
        // Most lines carry only the event's metadata: merge only when the handler has its own.
        let merged: Logger.Metadata
        if metadata.isEmpty { merged = event.metadata ?? [:] }
        else { merged = metadata.merging(event.metadata ?? [:]) { _, new in new } }
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            line.append(UInt8(ascii: ","))
            JSONText.appendQuoted(key, to: &line)
            line.append(UInt8(ascii: ":"))
            JSONText.appendValue(value, to: &line)
        }
        line += "}\n".utf8
        sink(line, event.level)
    }

    /// One `write(2)` per line, so lines from concurrent requests never interleave.
    static func writeToStderr(_ line: [UInt8]) {
        line.withUnsafeBytes { buf in _ = write(2, buf.baseAddress, buf.count) }
    }
}

/// JSON text building on UTF-8 bytes, for log lines and the bot's answers (`JSONWriter`).
enum JSONText {
    /// Appends `s` quoted; runs of plain text are copied whole, only quotes, backslashes and controls are escaped.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            for i in 0..<bytes.count {
                let b = bytes[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                switch b {
                case UInt8(ascii: "\""): out += #"\""#.utf8
                case UInt8(ascii: "\\"): out += #"\\"#.utf8
                case UInt8(ascii: "\n"): out += #"\n"#.utf8
                case UInt8(ascii: "\r"): out += #"\r"#.utf8
                case UInt8(ascii: "\t"): out += #"\t"#.utf8
                default:
                    let low = b & 0xF
                    out += #"\u00"#.utf8
                    out.append(UInt8(ascii: "0") + (b >> 4))
                    out.append(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
                }
                runStart = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    static func appendValue(_ value: Logger.Metadata.Value, to out: inout [UInt8]) {
        switch value {
        case .string(let s): appendQuoted(s, to: &out)
        case .stringConvertible(let c):
            // Concrete types first: a cast to a protocol existential looks up conformances each time.
            if let n = c as? Int { out += String(n).utf8 }
            else if let d = c as? Double { if d.isFinite { out += "\(d)".utf8 } else { appendQuoted(d.description, to: &out) } }
            else if let n = c as? any BinaryInteger { out += "\(n)".utf8 }
            else if let b = c as? Bool { out += (b ? "true" : "false").utf8 }
            else { appendQuoted(c.description, to: &out) }
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendValue(item, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .dictionary(let dict):
            out.append(UInt8(ascii: "{"))
            for (i, (k, v)) in dict.sorted(by: { $0.key < $1.key }).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendQuoted(k, to: &out)
                out.append(UInt8(ascii: ":"))
                appendValue(v, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }
}
