/// A byte trie of ASCII words. Walking a key once tells which of its prefixes are words, without building
/// and hashing a String per prefix (query words are looked up this way many times per turn).
public struct ASCIIWordTrie: Sendable {
    /// Children of each node as (byte, node) pairs; node 0 is the root.
    @usableFromInline var children: [[(byte: UInt8, node: Int32)]] = [[]]
    @usableFromInline var isWord: [Bool] = [false]

    /// A trie of the ASCII words among `words` (others can never equal an ASCII key).
    public init(_ words: some Sequence<String>) {
        for word in words where word.utf8.allSatisfy({ $0 < 0x80 }) {
            var node = 0
            for b in word.utf8 {
                if let next = child(of: node, b) { node = next; continue }
                let next = isWord.count
                children.append([])
                isWord.append(false)
                children[node].append((b, Int32(next)))
                node = next
            }
            isWord[node] = true
        }
    }

    /// Number of nodes (node ids are 0 ..< nodeCount), for tables indexed by node.
    public var nodeCount: Int { isWord.count }

    /// The node of the empty prefix.
    public static let root = 0

    /// The node reached from `node` by `byte`, if any.
    @inlinable
    public func child(of node: Int, _ byte: UInt8) -> Int? {
        for edge in children[node] where edge.byte == byte { return Int(edge.node) }
        return nil
    }

    /// True when the path to `node` spells a whole word.
    @inlinable
    public func isWord(_ node: Int) -> Bool { isWord[node] }
}
