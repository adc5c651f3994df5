/// Walks over ascending lists of product indices without hashing or per-element lookups elsewhere.
enum SortedLists {
    /// Calls `body(i, j)` for every `a[i] == b[j]`, in ascending order, for ascending lists without repeats.
    /// The shorter list drives and the longer is galloped through, so a few candidates against a long
    /// posting list cost about `short × log(long / short)` reads, and two lists of like length one merge.
    @inline(__always)
    static func forEachCommon(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>,
                              _ body: (Int, Int) -> Void) {
        if a.count <= b.count {
            gallop(a, through: b) { i, j in body(i, j) }
        } else {
            gallop(b, through: a) { j, i in body(i, j) }
        }
    }

    /// `forEachCommon` with `short` driving: `body(i, j)` for every `short[i] == long[j]`.
    @inline(__always)
    static func gallop(_ short: UnsafeBufferPointer<Int32>, through long: UnsafeBufferPointer<Int32>,
                       _ body: (Int, Int) -> Void) {
        let n = long.count
        var j = 0
        for i in 0..<short.count {
            if j >= n { return }
            let x = short[i]
            if long[j] < x {
                // Exponential steps past everything below x, then a binary search in the last step.
                var below = j, step = 1, hi = j + 1
                while hi < n && long[hi] < x { below = hi; step <<= 1; hi = below + step }
                var lo = below + 1
                hi = min(hi, n)
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    if long[mid] < x { lo = mid + 1 } else { hi = mid }
                }
                j = lo
                if j >= n { return }
            }
            if long[j] == x { body(i, j); j += 1 }
        }
    }

    /// The elements of ascending `list` that are also in ascending `other`.
    static func intersection(_ list: [Int32], _ other: [Int32]) -> [Int32] {
        var out: [Int32] = []
        list.withUnsafeBufferPointer { a in
            other.withUnsafeBufferPointer { b in
                forEachCommon(a, b) { i, _ in out.append(a[i]) }
            }
        }
        return out
    }
}
