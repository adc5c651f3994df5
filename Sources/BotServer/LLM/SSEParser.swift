/// Splits a server-sent-events byte stream into the `data` payloads of its events.
/// Handles events split across reads, CRLF line ends, and multi-line `data:` fields.
struct SSEParser {
    private var buffer: [UInt8] = []
    private var data: [String] = []

    /// Feeds bytes; returns the payloads of the events they completed.
    mutating func feed(_ bytes: [UInt8]) -> [String] {
        buffer.append(contentsOf: bytes)
        var events: [String] = []
        var start = 0
        while let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
            var end = newline
            if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            let line = String(decoding: buffer[start..<end], as: UTF8.self)
            start = newline + 1
            if line.isEmpty {
                if !data.isEmpty { events.append(data.joined(separator: "\n")); data.removeAll() }
            } else if line.hasPrefix("data:") {
                var value = line.dropFirst(5)
                if value.first == " " { value = value.dropFirst() }
                data.append(String(value))
            }
            // Comments (":"), `event:`, `id:` and `retry:` carry nothing the bot uses.
        }
        buffer.removeFirst(start)
        return events
    }

    /// The last event when the stream ended without its blank line.
    mutating func finish() -> String? {
        if !buffer.isEmpty { _ = feed([UInt8(ascii: "\n")]) }
        defer { data.removeAll() }
        return data.isEmpty ? nil : data.joined(separator: "\n")
    }
}
