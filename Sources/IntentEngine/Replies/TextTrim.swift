import Foundation

/// Trimming a message's ends without a trip through NSString when the ends are plain ASCII.
enum TextTrim {
    /// `text.trimmingCharacters(in: .whitespaces)`, answered on the bytes when the first and last
    /// characters kept are ASCII (then the trim stops at exactly those bytes).
    static func spaces(_ text: String) -> String {
        let utf8 = text.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        // Space and tab are the only ASCII members of `.whitespaces`.
        while start != end, utf8[start] == 0x20 || utf8[start] == 0x09 { start = utf8.index(after: start) }
        while end != start, utf8[utf8.index(before: end)] == 0x20 || utf8[utf8.index(before: end)] == 0x09 { end = utf8.index(before: end) }
        if start == end { return utf8.allSatisfy { $0 < 0x80 } ? "" : text.trimmingCharacters(in: .whitespaces) }
        guard utf8[start] < 0x80, utf8[utf8.index(before: end)] < 0x80 else {
            // Ends that are no whitespace (the first and last scalars, "çanta ...", "... kılıfı") leave nothing
            // to trim at all.
            if start == utf8.startIndex, end == utf8.endIndex, let first = text.unicodeScalars.first,
               let last = text.unicodeScalars.last, !CharacterSet.whitespaces.contains(first),
               !CharacterSet.whitespaces.contains(last) {
                return text
            }
            return text.trimmingCharacters(in: .whitespaces)
        }
        return String(text[start..<end])
    }
}
