/// A byte trie of ASCII words. Walking a key once tells which of its prefixes are words, without building
/// and hashing a String per prefix (query words are looked up this way many times per turn).
///
/// Flat storage, nodes numbered depth first: a node's edges sit next to each other in one array and a
/// word's path runs forward through it, so a walk reads a few neighbouring cache lines instead of one
/// separately allocated child list per node.
public struct ASCIIWordTrie: Sendable {
    /// Node n's edges are edges[firstEdge[n] ..< firstEdge[n + 1]].
    @usableFromInline let firstEdge: [Int32]
    /// Each edge as (child node << 8) | byte.
    @usableFromInline let edges: [UInt32]
    @usableFromInline let isWord: [Bool]

    /// A trie of the ASCII words among `words` (others can never equal an ASCII key).
    public init(_ words: some Sequence<String>) {
        // Built as child lists, then laid out depth first.
        var children: [[(byte: UInt8, node: Int)]] = [[]]
        var word: [Bool] = [false]
        for w in words where w.utf8.allSatisfy({ $0 < 0x80 }) {
            var node = 0
            for b in w.utf8 {
                if let next = children[node].first(where: { $0.byte == b }) { node = next.node; continue }
                let next = word.count
                children.append([])
                word.append(false)
                children[node].append((b, next))
                node = next
            }
            word[node] = true
        }
        var order: [Int] = []          // old node ids, depth first
        order.reserveCapacity(word.count)
        var stack = [0]
        while let n = stack.popLast() {
            order.append(n)
            for edge in children[n].reversed() { stack.append(edge.node) }
        }
        // An edge packs its node above its byte in 32 bits.
        precondition(word.count < 1 << 24, "too many trie nodes")
        var renumbered = [Int](repeating: 0, count: word.count)
        for (new, old) in order.enumerated() { renumbered[old] = new }
        var first: [Int32] = [], flat: [UInt32] = [], flags: [Bool] = []
        first.reserveCapacity(word.count + 1); flat.reserveCapacity(word.count); flags.reserveCapacity(word.count)
        for old in order {
            first.append(Int32(flat.count))
            flags.append(word[old])
            for edge in children[old] { flat.append(UInt32(renumbered[edge.node]) << 8 | UInt32(edge.byte)) }
        }
        first.append(Int32(flat.count))
        firstEdge = first; edges = flat; isWord = flags
    }

    /// Number of nodes (node ids are 0 ..< nodeCount), for tables indexed by node.
    public var nodeCount: Int { isWord.count }

    /// The node of the empty prefix.
    public static let root = 0

    /// The node reached from `node` by `byte`, if any.
    @inlinable
    public func child(of node: Int, _ byte: UInt8) -> Int? {
        var k = Int(firstEdge[node])
        let end = Int(firstEdge[node + 1])
        while k < end {
            let edge = edges[k]
            if UInt8(truncatingIfNeeded: edge) == byte { return Int(edge >> 8) }
            k += 1
        }
        return nil
    }

    /// True when the path to `node` spells a whole word.
    @inlinable
    public func isWord(_ node: Int) -> Bool { isWord[node] }

    /// The node whose path spells `bytes` (a word or the start of one), nil when no word starts so.
    @inlinable
    public func node(spelling bytes: some Sequence<UInt8>) -> Int? {
        var node = Self.root
        for b in bytes {
            guard let next = child(of: node, b) else { return nil }
            node = next
        }
        return node
    }

    /// True when a word is a non-empty prefix of `bytes` (or all of them).
    @inlinable
    public func hasWordPrefix(of bytes: some Sequence<UInt8>) -> Bool {
        var node = Self.root
        for b in bytes {
            guard let next = child(of: node, b) else { return false }
            node = next
            if isWord(node) { return true }
        }
        return false
    }
}
