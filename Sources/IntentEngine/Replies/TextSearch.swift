import Foundation

/// Substring tests answered on bytes when that cannot differ from Foundation's `contains`, which asks
/// CoreFoundation (a string conversion and a locale-aware search) for every call.
enum TextSearch {
    /// `text.contains(part)` exactly as Foundation answers it.
    static func contains(_ text: String, _ part: String) -> Bool {
        let needle = part.utf8, haystack = text.utf8
        // Printable ASCII needles only: no line breaks (CR LF is one Character) and nothing that could
        // be canonically equivalent to something else.
        guard !needle.isEmpty, needle.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return text.contains(part) }
        let asciiText = haystack.allSatisfy { $0 < 0x80 }
        let h = Array(haystack), n = Array(needle)
        if n.count <= h.count {
            for start in 0...(h.count - n.count) where h[start] == n[0] && h[start..<(start + n.count)].elementsEqual(n) {
                if asciiText { return true }
                // Next to non-ASCII bytes a match might join a combining mark or a prefix character: ask Foundation.
                let before = start == 0 || h[start - 1] < 0x80
                let after = start + n.count == h.count || h[start + n.count] < 0x80
                if before && after { return true }
                return text.contains(part)
            }
        }
        // No byte match: an ASCII text has none; other text may hold equivalents of ASCII (the Kelvin sign).
        return asciiText ? false : text.contains(part)
    }
}
