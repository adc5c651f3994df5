import Foundation
import Logging

/// A swift-log handler writing one JSON object per line to stderr:
/// `{"ts":"…","level":"info","label":"…","msg":"…", …metadata}`.
struct JSONLogHandler: LogHandler {
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    let label: String
    /// Where lines go, with their level: the server's batched stderr, or a test's capture.
    let sink: @Sendable (String, Logger.Level) -> Void

    init(label: String, sink: @escaping @Sendable (String, Logger.Level) -> Void) {
        self.label = label
        self.sink = sink
    }

    /// Lines written one `write(2)` each to stderr (short-lived commands), or to `sink`.
    init(label: String, sink: @escaping @Sendable (String) -> Void = JSONLogHandler.writeToStderr) {
        self.init(label: label) { line, _ in sink(line) }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var line = "{\"ts\":\""
        line += Timestamp.iso8601(Date())
        line += "\",\"level\":\"\(event.level.rawValue)\",\"label\":"
        JSONText.appendQuoted(label, to: &line)
        line += ",\"msg\":"
        JSONText.appendQuoted(event.message.description, to: &line)
        // Most lines carry only the event's metadata: merge only when the handler has its own.
        let merged: Logger.Metadata
        if metadata.isEmpty { merged = event.metadata ?? [:] }
        else { merged = metadata.merging(event.metadata ?? [:]) { _, new in new } }
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            line += ","
            JSONText.appendQuoted(key, to: &line)
            line += ":"
            JSONText.appendValue(value, to: &line)
        }
        line += "}\n"
        sink(line, event.level)
    }

    /// One `write(2)` per line, so lines from concurrent requests never interleave.
    @Sendable static func writeToStderr(_ line: String) {
        var line = line
        line.withUTF8 { buf in _ = write(2, buf.baseAddress, buf.count) }
    }
}

/// Minimal JSON text building for log lines.
enum JSONText {
    /// Appends `s` quoted; runs of plain text are copied whole, only quotes, backslashes and controls are escaped.
    static func appendQuoted(_ s: String, to out: inout String) {
        out += "\""
        let utf8 = s.utf8
        var runStart = utf8.startIndex
        var i = runStart
        while i != utf8.endIndex {
            let b = utf8[i]
            if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                // Escaped bytes are ASCII, so both ends of the run sit on character boundaries.
                out += Substring(utf8[runStart..<i])
                switch b {
                case UInt8(ascii: "\""): out += "\\\""
                case UInt8(ascii: "\\"): out += "\\\\"
                case UInt8(ascii: "\n"): out += "\\n"
                case UInt8(ascii: "\r"): out += "\\r"
                case UInt8(ascii: "\t"): out += "\\t"
                default: out += "\\u00" + String(b >> 4, radix: 16) + String(b & 0xF, radix: 16)
                }
                runStart = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out += Substring(utf8[runStart..<utf8.endIndex])
        out += "\""
    }

    static func appendValue(_ value: Logger.Metadata.Value, to out: inout String) {
        switch value {
        case .string(let s): appendQuoted(s, to: &out)
        case .stringConvertible(let c):
            if let n = c as? any BinaryInteger { out += "\(n)" }
            else if let d = c as? Double, d.isFinite { out += "\(d)" }
            else if let b = c as? Bool { out += b ? "true" : "false" }
            else { appendQuoted(c.description, to: &out) }
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                appendValue(item, to: &out)
            }
            out += "]"
        case .dictionary(let dict):
            out += "{"
            for (i, (k, v)) in dict.sorted(by: { $0.key < $1.key }).enumerated() {
                if i > 0 { out += "," }
                appendQuoted(k, to: &out)
                out += ":"
                appendValue(v, to: &out)
            }
            out += "}"
        }
    }
}
