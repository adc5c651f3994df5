import Foundation
import Logging

/// A swift-log handler writing one JSON object per line to stderr:
/// `{"ts":"…","level":"info","label":"…","msg":"…", …metadata}`.
struct JSONLogHandler: LogHandler {
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    let label: String
    /// Where lines go; stderr unless a test captures them.
    let sink: @Sendable (String) -> Void

    init(label: String, sink: @escaping @Sendable (String) -> Void = JSONLogHandler.writeToStderr) {
        self.label = label
        self.sink = sink
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
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            line += ","
            JSONText.appendQuoted(key, to: &line)
            line += ":"
            JSONText.appendValue(value, to: &line)
        }
        line += "}\n"
        sink(line)
    }

    /// One `write(2)` per line, so lines from concurrent requests never interleave.
    @Sendable static func writeToStderr(_ line: String) {
        var line = line
        line.withUTF8 { buf in _ = write(2, buf.baseAddress, buf.count) }
    }
}

/// Minimal JSON text building for log lines.
enum JSONText {
    static func appendQuoted(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u00" + String(scalar.value >> 4, radix: 16) + String(scalar.value & 0xF, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
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
