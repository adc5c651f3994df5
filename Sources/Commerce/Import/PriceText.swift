/// Reads prices written by shops and people: "1.149,90 TL", "499,99 TL", "1.904 TL", "145.99", "₺2.245,08".
public enum PriceText {
    /// The amount, or nil when the text holds no price.
    public static func parse(_ text: String) -> Double? {
        let kept = text.filter { $0.isNumber || $0 == "." || $0 == "," }
        guard kept.contains(where: \.isNumber) else { return nil }
        var s = kept.trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
        let lastDot = s.lastIndex(of: "."), lastComma = s.lastIndex(of: ",")
        switch (lastDot, lastComma) {
        case let (dot?, comma?):
            // The later mark is the decimal one: "1.149,90" (Turkish) or "1,149.90" (English).
            if comma > dot {
                s = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            } else {
                s = s.replacingOccurrences(of: ",", with: "")
            }
        case (nil, _?):
            let groups = s.split(separator: ",", omittingEmptySubsequences: false)
            if groups.count > 2 || (groups.count == 2 && groups[1].count == 3 && groups[0].count <= 3 && groups[0] != "0") {
                s = s.replacingOccurrences(of: ",", with: "")  // "1,904" with thousands commas
            } else {
                s = s.replacingOccurrences(of: ",", with: ".")
            }
        case (_?, nil):
            let groups = s.split(separator: ".", omittingEmptySubsequences: false)
            if groups.count > 2 || (groups.count == 2 && groups[1].count == 3 && groups[0].count <= 3 && groups[0] != "0") {
                s = s.replacingOccurrences(of: ".", with: "")  // "1.904" Turkish thousands
            }
        case (nil, nil):
            break
        }
        guard let value = Double(s), value.isFinite, value >= 0 else { return nil }
        return value
    }
}

import Foundation
