import Foundation

/// Prices written the Turkish way: `46.392,95 TL`.
public enum PriceFormat {
    /// "46.392,95 TL" for 46392.95.
    public static func turkish(_ value: Double, currency: String = "TRY") -> String {
        let cents = Int((value * 100).rounded())
        let whole = cents / 100, frac = cents % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        let unit = currency == "TRY" ? "TL" : currency
        return digits + grouped + "," + (frac < 10 ? "0" : "") + String(frac) + " " + unit
    }
}
