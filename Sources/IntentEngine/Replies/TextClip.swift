/// Shortening a text to a number of Characters without walking its grapheme clusters twice.
enum TextClip {
    /// `text` when it has at most `limit` Characters, else its first `limit` Characters and "…" —
    /// exactly `text.count <= limit ? text : String(text.prefix(limit)) + "…"`.
    static func clipped(_ text: String, limit: Int) -> String {
        if text.utf8.count <= limit { return text }
        guard limit >= 0 else { return text.count <= limit ? text : String(text.prefix(limit)) + "…" }
        if let cut = simpleCut(text, limit: limit) { return cut.map { String(text[..<$0]) + "…" } ?? text }
        guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end < text.endIndex else {
            return text
        }
        return String(text[..<end]) + "…"
    }

    /// Where the first `limit` Characters end (`.some(nil)`: the text has no more than that), read from
    /// the bytes when every scalar up to there is one Character of its own; nil when one might not be.
    ///
    /// Scalars below U+0300 (Latin with Turkish letters, no combining marks), the dashes, quotes and
    /// ellipsis of U+2010…U+2027 and the currency signs of U+20A0…U+20CF never join a neighbour into one
    /// Character (carriage return, which joins a line feed, is left to the slow path).
    static func simpleCut(_ text: String, limit: Int) -> String.Index?? {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Int?? in simpleCutOffset(bytes, limit: limit) }
        guard let offset = found ?? nil else { return nil }
        return .some(offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) })
    }

    /// `simpleCut` on the text's bytes: the byte offset where the first `limit` Characters end.
    static func simpleCutOffset(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int?? {
        let n = bytes.count
        var scalars = 0
        var i = 0
        while i < n {
            let b = bytes[i]
            var width = 1
            if b < 0x80 {
                if b == 0x0D { return nil }
            } else if b >= 0xC2 && b <= 0xCB {
                width = 2                               // U+0080 ..< U+0300
            } else if b == 0xE2 {
                // U+2000 ... U+2FFF: only the two ranges above.
                guard i + 2 < n else { return nil }
                let value = 0x2000 | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                guard (0x2010...0x2027).contains(value) || (0x20A0...0x20CF).contains(value) else { return nil }
                width = 3
            } else {
                return nil
            }
            // Checked after the scalar itself: one that joined the previous Character would not start one.
            if scalars == limit { return .some(i) }
            scalars += 1
            i += width
        }
        return .some(nil)
    }
}
