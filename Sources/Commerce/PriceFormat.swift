import Foundation

/// Prices written the Turkish way: `46.392,95 TL`.
public enum PriceFormat {
    /// "46.392,95 TL" for 46392.95.
    public static func turkish(_ value: Double, currency: String = "TRY") -> String {
        let cents = Int((value * 100).rounded())
        let unit = currency == "TRY" ? "TL" : currency
        // A price line is written on every listed product: the text is laid out in a stack buffer, so
        // the only String made is the result (small enough to live inline for a Turkish price).
        guard cents >= 0 else { return "-" + turkish(-value, currency: currency) }
        var whole = cents / 100
        let frac = cents % 100
        var digitCount = 1
        var w = whole / 10
        while w > 0 { digitCount += 1; w /= 10 }
        let unitCount = unit.utf8.count
        let length = digitCount + (digitCount - 1) / 3 + 4 + unitCount
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { out in
            // Digits from the last; a dot before every third one that has a digit before it.
            var at = digitCount + (digitCount - 1) / 3
            var written = 0
            repeat {
                if written > 0 && written % 3 == 0 { at -= 1; out[at] = UInt8(ascii: ".") }
                at -= 1; out[at] = UInt8(ascii: "0") + UInt8(whole % 10)
                whole /= 10; written += 1
            } while whole > 0
            var i = digitCount + (digitCount - 1) / 3
            out[i] = UInt8(ascii: ","); out[i + 1] = UInt8(ascii: "0") + UInt8(frac / 10)
            out[i + 2] = UInt8(ascii: "0") + UInt8(frac % 10); out[i + 3] = UInt8(ascii: " ")
            i += 4
            for b in unit.utf8 { out[i] = b; i += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: out[0..<length]), as: UTF8.self)
        }
    }
}
