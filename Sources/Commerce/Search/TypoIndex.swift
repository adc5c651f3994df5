import TurkishText

/// Symmetric-deletion dictionary: finds vocabulary words within one or two edits of a key
/// without comparing the key against every word. Stores only hashes of the deletion variants.
struct TypoIndex: Sendable {
    /// Hashes of deletion variants, sorted; `owners[i]` is the term id that produced `hashes[i]`.
    private let hashes: [UInt64]
    private let owners: [Int32]
    /// Where each run of hashes sharing their top `bucketBits` bits starts in `hashes` (one more entry
    /// than there are buckets): a lookup reads one short run instead of binary-searching the whole list,
    /// whose far-apart probes each miss the cache once the turn's other work has evicted it.
    private let bucketStart: [Int32]
    private let bucketBits: Int

    /// `words`: (folded key, term id) pairs; only ASCII keys of four letters or more take part.
    init(words: [(String, Int32)]) {
        var pairs: [(UInt64, Int32)] = []
        pairs.reserveCapacity(words.count * 10)
        for (word, id) in words {
            let bytes = Array(word.utf8)
            guard bytes.count >= 4, bytes.count <= 40, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
            let depth = EditDistance.allowedTypos(forLength: bytes.count)
            Self.forEachVariant(bytes, depth: depth) { pairs.append(($0, id)) }
        }
        pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        var h: [UInt64] = [], o: [Int32] = []
        h.reserveCapacity(pairs.count); o.reserveCapacity(pairs.count)
        for p in pairs where !(h.last == p.0 && o.last == p.1) {
            h.append(p.0); o.append(p.1)
        }
        hashes = h; owners = o
        // Two to four hashes per bucket: the directory adds one or two bytes to the twelve each hash and
        // its owner take.
        var bits = 0
        while bits < 32, (1 << bits) * 4 < h.count { bits += 1 }
        var start = [Int32](repeating: 0, count: (1 << bits) + 1)
        var k = 0
        for b in 0..<(1 << bits) {
            start[b] = Int32(k)
            while k < h.count, Self.bucket(h[k], bits: bits) == b { k += 1 }
        }
        start[1 << bits] = Int32(h.count)
        bucketStart = start; bucketBits = bits
    }

    @inline(__always)
    private static func bucket(_ h: UInt64, bits: Int) -> Int {
        bits == 0 ? 0 : Int(truncatingIfNeeded: h >> UInt64(64 - bits))
    }

    /// Number of stored variants (for memory figures).
    var count: Int { hashes.count }

    /// Term ids whose word is within the allowed edits of `key`, with their distance (smallest first).
    func candidates(for key: String, word: (Int32) -> String) -> [(id: Int32, edits: Int)] {
        let bytes = Array(key.utf8)
        guard bytes.count >= 4, bytes.allSatisfy({ $0 < 0x80 }) else { return [] }
        let allowed = EditDistance.allowedTypos(forLength: bytes.count)
        // The words met so far: a handful per key, so a list scanned beats hashing each id.
        var seen: [Int32] = []
        var out: [(id: Int32, edits: Int)] = []
        Self.forEachVariant(bytes, depth: allowed) { h in
            var i = lowerBound(h)
            while i < hashes.count && hashes[i] == h {
                let id = owners[i]
                if !seen.contains(id) {
                    seen.append(id)
                    let d = EditDistance.distance(key, word(id))
                    if d > 0 && d <= allowed { out.append((id, d)) }
                }
                i += 1
            }
        }
        return out.sorted { $0.edits < $1.edits }
    }

    /// The first position whose hash is not below `h`, searched within `h`'s bucket: hashes are sorted,
    /// so every smaller bucket lies before it and every larger one after.
    private func lowerBound(_ h: UInt64) -> Int {
        let b = Self.bucket(h, bits: bucketBits)
        var lo = Int(bucketStart[b]), hi = Int(bucketStart[b + 1])
        while lo < hi {
            let mid = (lo + hi) / 2
            if hashes[mid] < h { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Calls `body` with the hash of `bytes` and of every variant with up to `depth` letters deleted.
    private static func forEachVariant(_ bytes: [UInt8], depth: Int, _ body: (UInt64) -> Void) {
        body(hash(bytes, skipping: -1, -1))
        guard depth >= 1 else { return }
        for i in 0..<bytes.count {
            if i > 0 && bytes[i] == bytes[i - 1] { continue }  // same variant as deleting the previous letter
            body(hash(bytes, skipping: i, -1))
            guard depth >= 2 else { continue }
            for j in (i + 1)..<bytes.count {
                if j > i + 1 && bytes[j] == bytes[j - 1] { continue }
                body(hash(bytes, skipping: i, j))
            }
        }
    }

    /// FNV-1a of `bytes` without the letters at `a` and `b`.
    private static func hash(_ bytes: [UInt8], skipping a: Int, _ b: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for (i, byte) in bytes.enumerated() where i != a && i != b {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }
}
