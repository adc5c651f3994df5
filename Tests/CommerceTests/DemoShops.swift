import Foundation
@testable import Commerce
import TurkishText

/// The repository's demo data, found relative to this file so tests run from any directory.
enum DemoShops {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func catalogue(_ id: String) -> Catalogue {
        let url = root.appendingPathComponent("products/\(id).json")
        let data = try! Data(contentsOf: url)
        return try! JSONDecoder().decode(Catalogue.self, from: data)
    }

    /// Built once per test process: the demo indexes are shared by many tests.
    static let electronics = ProductIndex(products: catalogue("elektronik-dunyasi").products)
    static let fashion = ProductIndex(products: catalogue("moda-butik").products)

    static func index(_ businessID: String) -> ProductIndex {
        businessID == "moda-butik" ? fashion : electronics
    }

    /// Text comparison the way the dialogue scorer does it.
    static func fold(_ s: String?) -> String {
        Folding.key(s ?? "").split(separator: " ").joined(separator: " ")
    }
}

extension ProductIndex {
    /// Parses a customer's sentence and searches, as the conversation engine does.
    func ask(_ sentence: String, limit: Int = 10) -> SearchResult {
        search(QueryParser.parse(sentence), limit: limit)
    }

    /// The top product of a sentence.
    func top(_ sentence: String) -> Product? { ask(sentence, limit: 1).hits.first?.product }
}
