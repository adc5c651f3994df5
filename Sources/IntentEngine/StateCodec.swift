import Commerce
import Foundation

/// The compact text form in which the server stores a `ConversationState`: a conversation is read
/// and written on every turn, and Foundation's JSON coding of it cost as much CPU as answering.
///
/// Fields follow a fixed order after the `cs1|` version tag. Numbers end with `;`, strings are
/// `<utf8 length>:<bytes>` (so any text is safe, with no escaping), lists are `<count>;` and their
/// items, and an absent optional is `~`. Any malformed input decodes to nil: the conversation
/// simply starts over, as it does after a version change.
extension ConversationState {
    static let storeTag = "cs1|"

    /// The state as stored text.
    public func storeText() -> String {
        var w = StateWriter()
        w.raw(Self.storeTag)
        w.int(turns)
        w.optional(lastActive) { w, d in w.double(d.timeIntervalSinceReferenceDate) }
        w.list(shownProductIDs) { w, id in w.string(id) }
        w.optional(focusProductID) { w, s in w.string(s) }
        w.optional(pendingOffer) { w, offer in
            w.string(offer.kind.rawValue)
            w.optional(offer.query) { w, q in w.query(q) }
            w.int(offer.offset)
            w.optional(offer.productID) { w, s in w.string(s) }
            w.int(offer.expiresAfterTurn)
        }
        w.optional(lastQuery) { w, q in w.query(q) }
        w.int(nextOffset)
        w.list(history) { w, turn in
            w.string(turn.user)
            w.string(turn.bot)
            w.string(turn.intent.rawValue)
        }
        return w.text
    }

    /// Reads stored text; nil when it is not a state in this form.
    public init?(storeText: String) {
        var text = storeText
        let decoded: ConversationState? = text.withUTF8 { bytes in
            var r = StateReader(bytes: bytes)
            guard r.expect(Self.storeTag) else { return nil }
            return try? r.state()
        }
        guard let decoded else { return nil }
        self = decoded
    }
}

/// Appends fields in the store form, as UTF-8 bytes turned into one String at the end.
private struct StateWriter {
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1024) }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func raw(_ s: String) { bytes += s.utf8 }

    mutating func int(_ v: Int) {
        decimal(v)
        bytes.append(UInt8(ascii: ";"))
    }

    /// Small numbers (counts, turns, lengths) make small strings, which need no allocation.
    private mutating func decimal(_ v: Int) { bytes += String(v).utf8 }

    mutating func double(_ v: Double) {
        // `description` is the shortest text that reads back as the same Double.
        bytes += v.description.utf8
        bytes.append(UInt8(ascii: ";"))
    }

    mutating func string(_ s: String) {
        decimal(s.utf8.count)
        bytes.append(UInt8(ascii: ":"))
        bytes += s.utf8
    }

    mutating func optional<T>(_ value: T?, _ write: (inout StateWriter, T) -> Void) {
        if let value { write(&self, value) } else { bytes.append(UInt8(ascii: "~")) }
    }

    mutating func list<T>(_ items: [T], _ write: (inout StateWriter, T) -> Void) {
        int(items.count)
        for item in items { write(&self, item) }
    }

    mutating func query(_ q: ProductQuery) {
        string(q.text)
        optional(q.priceMin) { w, v in w.double(v) }
        optional(q.priceMax) { w, v in w.double(v) }
        string(q.sort.rawValue)
        optional(q.colour) { w, s in w.string(s) }
        optional(q.size) { w, s in w.string(s) }
    }
}

/// Reads fields in the store form; every read throws on anything unexpected.
private struct StateReader {
    struct Malformed: Error {}
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func expect(_ tag: String) -> Bool {
        for b in tag.utf8 {
            guard at < bytes.count, bytes[at] == b else { return false }
            at += 1
        }
        return true
    }

    /// The text up to `terminator`, which is consumed.
    private mutating func field(until terminator: UInt8) throws(Malformed) -> UnsafeBufferPointer<UInt8> {
        let start = at
        while at < bytes.count, bytes[at] != terminator { at += 1 }
        guard at < bytes.count, at > start else { throw Malformed() }
        defer { at += 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<at])
    }

    mutating func int(until terminator: UInt8 = UInt8(ascii: ";")) throws(Malformed) -> Int {
        let digits = try field(until: terminator)
        var value = 0, negative = false
        for (i, b) in digits.enumerated() {
            if i == 0, b == UInt8(ascii: "-"), digits.count > 1 { negative = true; continue }
            guard b >= 48, b <= 57, digits.count <= 18 else { throw Malformed() }
            value = value * 10 + Int(b - 48)
        }
        return negative ? -value : value
    }

    /// A length or item count; it can never exceed the bytes left.
    mutating func count(until terminator: UInt8 = UInt8(ascii: ";")) throws(Malformed) -> Int {
        let n = try int(until: terminator)
        // Every item takes at least one byte: a larger count is corrupt, not a reason to allocate.
        guard n >= 0, n <= bytes.count - at else { throw Malformed() }
        return n
    }

    mutating func double() throws(Malformed) -> Double {
        let text = String(decoding: try field(until: UInt8(ascii: ";")), as: UTF8.self)
        guard let v = Double(text), v.isFinite else { throw Malformed() }
        return v
    }

    mutating func string() throws(Malformed) -> String {
        let n = try count(until: UInt8(ascii: ":"))
        defer { at += n }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[at..<(at + n)]), as: UTF8.self)
    }

    mutating func optional<T>(_ read: (inout StateReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        guard at < bytes.count else { throw Malformed() }
        if bytes[at] == UInt8(ascii: "~") { at += 1; return nil }
        return try read(&self)
    }

    mutating func list<T>(_ read: (inout StateReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let n = try count()
        var items: [T] = []
        items.reserveCapacity(n)
        for _ in 0..<n { items.append(try read(&self)) }
        return items
    }

    mutating func enumValue<E: RawRepresentable<String>>(_: E.Type) throws(Malformed) -> E {
        guard let v = E(rawValue: try string()) else { throw Malformed() }
        return v
    }

    mutating func query() throws(Malformed) -> ProductQuery {
        let text = try string()
        let priceMin = try optional { r throws(Malformed) in try r.double() }
        let priceMax = try optional { r throws(Malformed) in try r.double() }
        let sort = try enumValue(SortOrder.self)
        let colour = try optional { r throws(Malformed) in try r.string() }
        let size = try optional { r throws(Malformed) in try r.string() }
        return ProductQuery(text: text, priceMin: priceMin, priceMax: priceMax, sort: sort, colour: colour, size: size)
    }

    mutating func state() throws(Malformed) -> ConversationState {
        let turns = try int()
        let lastActive = try optional { r throws(Malformed) in Date(timeIntervalSinceReferenceDate: try r.double()) }
        let shown = try list { r throws(Malformed) in try r.string() }
        let focus = try optional { r throws(Malformed) in try r.string() }
        let offer = try optional { r throws(Malformed) -> PendingOffer in
            let kind = try r.enumValue(PendingOffer.Kind.self)
            let query = try r.optional { r throws(Malformed) in try r.query() }
            let offset = try r.int()
            let productID = try r.optional { r throws(Malformed) in try r.string() }
            let expires = try r.int()
            return PendingOffer(kind: kind, query: query, offset: offset, productID: productID, expiresAfterTurn: expires)
        }
        let lastQuery = try optional { r throws(Malformed) in try r.query() }
        let nextOffset = try int()
        let history = try list { r throws(Malformed) -> HistoryTurn in
            HistoryTurn(user: try r.string(), bot: try r.string(), intent: try r.enumValue(Intent.self))
        }
        guard at == bytes.count else { throw Malformed() }
        return ConversationState(turns: turns, lastActive: lastActive, shownProductIDs: shown, focusProductID: focus,
                                 pendingOffer: offer, lastQuery: lastQuery, nextOffset: nextOffset, history: history)
    }
}
