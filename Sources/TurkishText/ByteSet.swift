/// An immutable hash set of byte strings, looked up without building a `String` (the stemmer's hot path).
struct ByteSet: Sendable {
    private var storage: [UInt8] = []
    private var slots: [Int32]        // index into `entries`, -1 when empty
    private var entries: [(start: Int32, length: Int32, value: Int32)] = []
    private let mask: Int
    /// Replacement strings for map-like use (`value` indexes here).
    private var values: [String] = []

    init(_ words: some Sequence<String>) {
        self.init(pairs: words.map { ($0, nil) })
    }

    init(pairs: [(String, String?)]) {
        var size = 16
        while size < pairs.count * 3 { size <<= 1 }
        mask = size - 1
        slots = [Int32](repeating: -1, count: size)
        for (word, value) in pairs {
            let bytes = Array(word.utf8)
            let found = bytes.withUnsafeBufferPointer { lookup($0) }
            if found >= 0 { continue }
            var slot = Self.hash(bytes.withUnsafeBufferPointer { $0 }) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entries.count)
            var valueIndex: Int32 = -1
            if let value { valueIndex = Int32(values.count); values.append(value) }
            entries.append((Int32(storage.count), Int32(bytes.count), valueIndex))
            storage += bytes
        }
    }

    var isEmpty: Bool { entries.isEmpty }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// Entry index of `bytes`, or -1.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if entries.isEmpty { return -1 }
        var slot = Self.hash(bytes) & mask
        while true {
            let e = Int(slots[slot])
            if e < 0 { return -1 }
            let entry = entries[e]
            if Int(entry.length) == bytes.count {
                var same = true
                let start = Int(entry.start)
                for k in 0..<bytes.count where storage[start + k] != bytes[k] { same = false; break }
                if same { return e }
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { lookup(bytes) >= 0 }

    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains($0) }
    }

    /// The value stored with `bytes`, if any.
    func value(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let e = lookup(bytes)
        guard e >= 0, entries[e].value >= 0 else { return nil }
        return values[Int(entries[e].value)]
    }
}
