import Commerce
import Foundation
@testable import IntentEngine

/// The repository's demo shops, loaded once per test process through ShopLoader.
enum RepoShops {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let shops: [String: Shop] = {
        var shops: [String: Shop] = [:]
        for id in ["elektronik-dunyasi", "moda-butik"] {
            if let shop = try? ShopLoader.load(businessID: id, dataDirectory: root) { shops[id] = shop }
        }
        return shops
    }()

    static func engine(_ id: String) -> ConversationEngine? { shops[id].map { ConversationEngine(shop: $0) } }
}

/// Folds text the way the evaluation script does before comparing answers.
func evalFold(_ s: String) -> String {
    var out = ""
    for ch in s.replacingOccurrences(of: "I", with: "ı").replacingOccurrences(of: "İ", with: "i").lowercased() {
        switch ch {
        case "ç": out.append("c"); case "ğ": out.append("g"); case "ı": out.append("i"); case "ö": out.append("o")
        case "ş": out.append("s"); case "ü": out.append("u"); case "â": out.append("a"); case "î": out.append("i")
        case "û": out.append("u")
        default: out.append(ch)
        }
    }
    return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// The evaluation script's price forms: "46.392,95", and "46.392" for whole amounts.
func evalPriceForms(_ x: Double) -> [String] {
    let full = PriceFormat.turkish(x).replacingOccurrences(of: " TL", with: "")
    return full.hasSuffix(",00") ? [full, String(full.dropLast(3))] : [full]
}
