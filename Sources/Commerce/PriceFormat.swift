import Foundation

/// Prices written the Turkish way: `46.392,95 TL`.
public enum PriceFormat {
    /// "46.392,95 TL" for 46392.95.
    public static func turkish(_ value: Double, currency: String = "TRY") -> String {
        let cents = Int((value * 100).rounded())
        let whole = cents / 100, frac = cents % 100
        // Digits are ASCII, so the groups of three are cut from the bytes of the number, one list of
        // bytes built once, instead of counting and slicing Characters per group.
        let digits = Array(String(whole).utf8)
        let unit = currency == "TRY" ? "TL" : currency
        let fraction = (frac < 10 ? "0" : "") + String(frac)
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + digits.count / 3 + fraction.utf8.count + unit.utf8.count + 2)
        // The leading group keeps 1 to 3 digits; every later one has three after a dot.
        let head = (digits.count - 1) % 3 + 1
        out.append(contentsOf: digits[..<head])
        var i = head
        while i < digits.count {
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[i..<(i + 3)])
            i += 3
        }
        out.append(UInt8(ascii: ","))
        out.append(contentsOf: fraction.utf8)
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: unit.utf8)
        return String(decoding: out, as: UTF8.self)
    }
}
