/// Typo distance for matching.
public enum EditDistance {
    /// Damerau-Levenshtein (optimal string alignment) distance on match keys: case and diacritics cost
    /// nothing ("Kılıf" ~ "kilif" = 0) and an edit of the first letter costs 2, since people rarely mistype it.
    public static func distance(_ a: String, _ b: String) -> Int {
        distance(a, b, limit: Int.max)
    }

    /// The distance, or any value above `limit` as soon as it is certain to exceed it.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        withKeyUnits(a) { x in withKeyUnits(b) { y in osa(x, y, limit: limit) } }
    }

    /// Typos allowed for a word of `length` letters: 0 up to 3, 1 from 4, 2 from 8.
    public static func allowedTypos(forLength length: Int) -> Int {
        length >= 8 ? 2 : (length >= 4 ? 1 : 0)
    }

    /// Whether `typed` is `word` with no more typos than the typed length allows.
    public static func isTypo(_ typed: String, of word: String) -> Bool {
        withKeyUnits(typed) { t in
            withKeyUnits(word) { w in
                let allowed = allowedTypos(forLength: t.count)
                if abs(t.count - w.count) > allowed { return false }
                return osa(t, w, limit: allowed) <= allowed
            }
        }
    }

    /// Calls `body` with the Unicode scalars of the match key (folded only when needed).
    static func withKeyUnits<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        let needsFolding = s.utf8.contains { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) }
        if needsFolding {
            let units = Folding.key(s).unicodeScalars.map(\.value)
            return units.withUnsafeBufferPointer(body)
        }
        let count = s.utf8.count
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(count, 1)) { buffer in
            var i = 0
            for b in s.utf8 { buffer[i] = UInt32(b); i += 1 }
            return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    static func osa(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, limit: Int) -> Int {
        let n = a.count, m = b.count
        // Costs of the first position are doubled.
        @inline(__always) func weight(_ i: Int) -> Int { i == 1 ? 2 : 1 }
        if n == 0 { return m == 0 ? 0 : m + 1 }
        if m == 0 { return n + 1 }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { rows in
            var before = UnsafeMutableBufferPointer(rebasing: rows[0...m])            // row i-2
            var previous = UnsafeMutableBufferPointer(rebasing: rows[(m + 1)...(2 * m + 1)])  // row i-1
            var current = UnsafeMutableBufferPointer(rebasing: rows[(2 * m + 2)...(3 * m + 2)])
            previous[0] = 0
            for j in 1...m { previous[j] = previous[j - 1] + weight(j) }
            for i in 1...n {
                current[0] = previous[0] + weight(i)
                var rowMin = current[0]
                for j in 1...m {
                    let substitution = a[i - 1] == b[j - 1] ? 0 : (i == 1 || j == 1 ? 2 : 1)
                    var d = min(previous[j] + weight(i), current[j - 1] + weight(j), previous[j - 1] + substitution)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1], a[i - 1] != a[i - 2] {
                        d = min(d, before[j - 2] + (i == 2 || j == 2 ? 2 : 1))
                    }
                    current[j] = d
                    rowMin = min(rowMin, d)
                }
                if rowMin > limit { return limit &+ 1 }
                swap(&before, &previous)
                swap(&previous, &current)
            }
            return previous[m]
        }
    }
}
