import Commerce
import Foundation
import TurkishText

/// The cue lexicon prepared for fast matching: word lookups by exact key and by prefix, and a short
/// candidate list for typo matching. Built once from `CueLexicon.entries`; immutable.
public struct CompiledLexicon: Sendable {
    struct Word: Sendable {
        var key: String
        var bytes: [UInt8]
        var isPrefix: Bool
        /// `Typo.letterMask(bytes)`, for ruling typo matches out before measuring them.
        var mask: UInt64
    }
    struct Cue: Sendable {
        var words: [Int]
        var signal: CueSignal
        var weight: Double
        /// `signal.slot` and `signal.isSmallTalk`, worked out once.
        var slot: Int
        var isSmallTalk: Bool
    }

    let words: [Word]
    let cues: [Cue]
    /// Cue indices by the id of their first word.
    let cuesByFirstWord: [[Int]]
    let exact: [String: [Int]]
    let prefixes: [String: [Int]]
    let prefixLengths: [Int]
    /// The ASCII keys of `prefixes` and `exact`, so that an ASCII token finds its prefix words and its
    /// exact words in one walk, without hashing it.
    let prefixTrie: ASCIIWordTrie
    /// `prefixes` of the word each trie node spells, by node: the walk reads them without building a String.
    let prefixIDsByNode: [[Int]]
    /// `exact` of the word each trie node spells, by node.
    let exactIDsByNode: [[Int]]
    /// False when some non-ASCII exact key is canonically equivalent to an ASCII text (and so equal to an
    /// ASCII token as Strings compare): then ASCII tokens look exact words up by hashing, as other tokens do.
    let asciiExactInTrie: Bool
    /// Words long enough to be matched with a typo, by first byte.
    let fuzzyByFirstByte: [UInt8: [Int]]

    /// The lexicon every engine uses unless given another.
    public static let standard = CompiledLexicon(entries: CueLexicon.entries)

    public init(entries: [CueEntry]) {
        precondition(Intent.allCases.count == Intent.slotCount && Intent.allCases.allSatisfy { $0.slot < Intent.slotCount },
                     "Intent.slot numbers every intent")
        var words: [Word] = []
        var wordIDs: [String: Int] = [:]
        var cues: [Cue] = []
        for entry in entries {
            var ids: [Int] = []
            for raw in entry.phrase.split(separator: " ") {
                let text = String(raw)
                if let id = wordIDs[text] { ids.append(id); continue }
                let isPrefix = text.hasSuffix("*")
                let key = isPrefix ? String(text.dropLast()) : text
                let id = words.count
                words.append(Word(key: key, bytes: Array(key.utf8), isPrefix: isPrefix, mask: Typo.letterMask(key.utf8)))
                wordIDs[text] = id
                ids.append(id)
            }
            if !ids.isEmpty { cues.append(Cue(words: ids, signal: entry.signal, weight: entry.weight,
                                               slot: entry.signal.slot, isSmallTalk: entry.signal.isSmallTalk)) }
        }
        var exact: [String: [Int]] = [:], prefixes: [String: [Int]] = [:]
        var lengths = Set<Int>()
        var fuzzy: [UInt8: [Int]] = [:]
        for (id, w) in words.enumerated() {
            if w.isPrefix {
                prefixes[w.key, default: []].append(id)
                lengths.insert(w.key.utf8.count)
            } else {
                exact[w.key, default: []].append(id)
            }
            if w.bytes.count >= 5, let first = w.bytes.first { fuzzy[first, default: []].append(id) }
        }
        var byFirst = [[Int]](repeating: [], count: words.count)
        for (i, cue) in cues.enumerated() { byFirst[cue.words[0]].append(i) }
        self.words = words
        self.cues = cues
        self.cuesByFirstWord = byFirst
        self.exact = exact
        self.prefixes = prefixes
        self.prefixLengths = lengths.sorted()
        let trie = ASCIIWordTrie(Array(prefixes.keys) + Array(exact.keys))
        func node(of key: String) -> Int? { trie.node(spelling: key.utf8).flatMap { trie.isWord($0) ? $0 : nil } }
        var byNode = [[Int]](repeating: [], count: trie.nodeCount)
        for (key, ids) in prefixes { if let n = node(of: key) { byNode[n] = ids } }
        var exactByNode = [[Int]](repeating: [], count: trie.nodeCount)
        for (key, ids) in exact { if let n = node(of: key) { exactByNode[n] = ids } }
        self.prefixTrie = trie
        self.prefixIDsByNode = byNode
        self.exactIDsByNode = exactByNode
        self.asciiExactInTrie = !exact.keys.contains { key in
            !key.utf8.allSatisfy { $0 < 0x80 } && key.decomposedStringWithCanonicalMapping.utf8.allSatisfy { $0 < 0x80 }
        }
        self.fuzzyByFirstByte = fuzzy
    }

    /// Ids of the lexicon words that `key` matches exactly or by prefix.
    func exactMatches(_ key: String) -> [Int] {
        let utf8 = key.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // Only ASCII prefix words can start an ASCII key; the walk visits them shortest first, and ends
            // on the key's own node when the key is a word.
            var prefixIDs: [Int] = []
            var node = ASCIIWordTrie.root
            var whole = true
            for b in utf8 {
                guard let next = prefixTrie.child(of: node, b) else { whole = false; break }
                node = next
                if prefixTrie.isWord(node) { prefixIDs.append(contentsOf: prefixIDsByNode[node]) }
            }
            // The key's exact words are on its node (an empty key spells none: the root is no word),
            // unless some exact word only equals an ASCII key once decomposed.
            let exactIDs = asciiExactInTrie ? (whole && !utf8.isEmpty ? exactIDsByNode[node] : []) : (exact[key] ?? [])
            return prefixIDs.isEmpty ? exactIDs : exactIDs + prefixIDs
        }
        var found = exact[key] ?? []
        for length in prefixLengths {
            if length > utf8.count { break }
            let prefix = length == utf8.count ? key : String(decoding: utf8.prefix(length), as: UTF8.self)
            if let ids = prefixes[prefix] { found.append(contentsOf: ids) }
        }
        return found
    }

    /// Ids of the lexicon words `key` matches with a typo (only words of five letters or more).
    func fuzzyMatches(_ key: String) -> [Int] {
        let bytes = Array(key.utf8)
        guard bytes.count >= 4, let first = bytes.first, let candidates = fuzzyByFirstByte[first] else { return [] }
        // The letter masks of the key's beginnings, by length.
        var masks = [UInt64](repeating: 0, count: bytes.count + 1)
        for (i, b) in bytes.enumerated() { masks[i + 1] = masks[i] | Typo.letterBit(b) }
        var found: [Int] = []
        for id in candidates {
            let w = words[id]
            let allowed = EditDistance.allowedTypos(forLength: w.bytes.count)
            if w.isPrefix {
                // Compare the word with the token's beginning, one letter shorter or longer for a dropped
                // or doubled letter.
                // A shorter form counts only when it is the whole token ("krgo"), not the start of a
                // longer, different word ("camasir" is not "cayma").
                let lo = bytes.count < w.bytes.count ? bytes.count : w.bytes.count
                let hi = min(bytes.count, w.bytes.count + allowed)
                if bytes.count < w.bytes.count - allowed { continue }
                if lo > hi { continue }
                for length in lo...hi where Typo.mayBeWithin(allowed, w.mask, masks[length])
                    && Typo.distance(w.bytes, bytes[0..<length], limit: allowed) <= allowed {
                    found.append(id)
                    break
                }
            } else if abs(w.bytes.count - bytes.count) <= allowed, Typo.mayBeWithin(allowed, w.mask, masks[bytes.count]),
                      Typo.distance(w.bytes, bytes[...], limit: allowed) <= allowed {
                found.append(id)
            }
        }
        return found
    }
}

/// Bounded edit distance on folded ASCII-range keys, without allocation per row.
enum Typo {
    /// One bit per byte value (modulo 64): a text's mask is the set of its letters' bits.
    @inline(__always)
    static func letterBit(_ b: UInt8) -> UInt64 { 1 << UInt64(b & 63) }

    static func letterMask(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 | letterBit($1) }
    }

    /// False when two texts with these masks are surely more than `limit` edits apart: an insertion or a
    /// deletion changes the set of letters present by one at most, a substitution by two, a transposition
    /// not at all, so texts within `limit` edits differ in at most `2 * limit` bits.
    @inline(__always)
    static func mayBeWithin(_ limit: Int, _ a: UInt64, _ b: UInt64) -> Bool {
        (a ^ b).nonzeroBitCount <= 2 * limit
    }

    /// Optimal string alignment distance, or `limit + 1` once it cannot stay within `limit`.
    static func distance(_ a: [UInt8], _ b: ArraySlice<UInt8>, limit: Int) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return limit + 1 }
        if n == 0 { return m }
        if m == 0 { return n }
        return b.withUnsafeBufferPointer { b in withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { buffer in
            var prev2 = 0, prev = m + 1, cur = 2 * (m + 1)
            for j in 0...m { buffer[prev + j] = j; buffer[prev2 + j] = j }
            for i in 1...n {
                buffer[cur] = i
                var rowMin = i
                for j in 1...m {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var d = Swift.min(buffer[prev + j] + 1, buffer[cur + j - 1] + 1, buffer[prev + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        d = Swift.min(d, buffer[prev2 + j - 2] + 1)
                    }
                    buffer[cur + j] = d
                    rowMin = Swift.min(rowMin, d)
                }
                if rowMin > limit { return limit + 1 }
                (prev2, prev, cur) = (prev, cur, prev2)
            }
            return buffer[prev + m]
        } }
    }
}
