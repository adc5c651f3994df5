import TurkishText

/// Symmetric-deletion dictionary: finds vocabulary words within one or two edits of a key
/// without comparing the key against every word. Stores only hashes of the deletion variants.
struct TypoIndex: Sendable {
    /// Hashes of deletion variants, sorted; `owners[i]` is the term id that produced `hashes[i]`.
    private let hashes: [UInt64]
    private let owners: [Int32]

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
    }

    /// Number of stored variants (for memory figures).
    var count: Int { hashes.count }

    /// Term ids whose word is within the allowed edits of `key`, with their distance (smallest first).
    func candidates(for key: String, word: (Int32) -> String) -> [(id: Int32, edits: Int)] {
        let bytes = Array(key.utf8)
        guard bytes.count >= 4, bytes.allSatisfy({ $0 < 0x80 }) else { return [] }
        let allowed = EditDistance.allowedTypos(forLength: bytes.count)
        var seen: Set<Int32> = []
        var out: [(id: Int32, edits: Int)] = []
        Self.forEachVariant(bytes, depth: allowed) { h in
            var i = lowerBound(h)
            while i < hashes.count && hashes[i] == h {
                let id = owners[i]
                if seen.insert(id).inserted {
                    let d = EditDistance.distance(key, word(id))
                    if d > 0 && d <= allowed { out.append((id, d)) }
                }
                i += 1
            }
        }
        return out.sorted { $0.edits < $1.edits }
    }

    private func lowerBound(_ h: UInt64) -> Int {
        var lo = 0, hi = hashes.count
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
