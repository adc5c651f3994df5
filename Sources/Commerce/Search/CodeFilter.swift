/// The hashing behind `ProductIndex.codeFilter`: FNV-1a over a key's bytes, folded to a bit of a fixed table.
enum CodeFilter {
    /// 64-bit words in the table (2^18 bits: a few tens of thousands of codes leave most bits clear).
    static let words = 1 << 12
    static let start: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }

    @inline(__always)
    static func slot(finishing hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash ^ (hash >> 29)) & UInt64(words * 64 - 1)) }

    /// The bit of the key made of `bytes`.
    static func slot(_ bytes: some Sequence<UInt8>) -> Int {
        slot(finishing: bytes.reduce(start, mix))
    }
}
