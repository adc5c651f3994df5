/// Store keys built from their parts with one allocation: every turn builds a session key twice and
/// two rate-limit counters, and `+` allocates again for each part that outgrows the string so far.
enum StoreKey {
    static func join(_ a: String, _ b: String, _ c: String = "", _ d: String = "", _ e: String = "") -> String {
        var key = String()
        key.reserveCapacity(a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count)
        key += a; key += b; key += c; key += d; key += e
        return key
    }
}
