import Foundation
import TurkishText

/// Which CSV column holds which product field. Unset fields are found from common header names.
public struct ColumnMapping: Sendable, Hashable {
    public var id: String?
    public var name: String?
    public var price: String?
    public var originalPrice: String?
    public var stock: String?
    public var category: String?
    public var brand: String?
    public var url: String?
    public var imageURL: String?
    public var description: String?
    /// A column of attributes written as a dictionary (`{'Renk': 'Bej'}` or JSON).
    public var attributes: String?
    /// Single columns copied into `attributes` (attribute name → column), e.g. "renk" → "Color".
    public var attributeColumns: [String: String]
    /// A column of tags separated by `|` or `,`.
    public var tags: String?

    public init(id: String? = nil, name: String? = nil, price: String? = nil, originalPrice: String? = nil,
                stock: String? = nil, category: String? = nil, brand: String? = nil, url: String? = nil,
                imageURL: String? = nil, description: String? = nil, attributes: String? = nil,
                attributeColumns: [String: String] = [:], tags: String? = nil) {
        self.id = id; self.name = name; self.price = price; self.originalPrice = originalPrice; self.stock = stock
        self.category = category; self.brand = brand; self.url = url; self.imageURL = imageURL
        self.description = description; self.attributes = attributes; self.attributeColumns = attributeColumns
        self.tags = tags
    }

    /// Header names (folded) tried for each field when no column is given.
    static let aliases: [String: [String]] = [
        "id": ["id", "urun_id", "product_id", "urun id", "urun kodu", "sku", "stok kodu", "kod", "barkod"],
        "name": ["name", "urun_adi", "urun adi", "ad", "title", "baslik", "model", "product_name", "isim"],
        "price": ["price", "fiyat", "selling_price_try", "satis_fiyati", "satis fiyati", "discounted_price_try", "indirimli fiyat"],
        "originalPrice": ["original_price", "original_price_try", "liste_fiyati", "liste fiyati", "eski fiyat"],
        "stock": ["stock", "stok", "stok adedi", "adet", "quantity", "miktar"],
        "category": ["category", "kategori", "kategori adi"],
        "brand": ["brand", "marka", "brand_slug", "uretici"],
        "url": ["url", "link", "urun linki", "product_url"],
        "imageURL": ["image_url", "image", "foto_link", "resim", "gorsel", "foto"],
        "description": ["description", "aciklama", "urun aciklamasi", "yorum_ozeti"],
        "attributes": ["attributes", "ozellikler", "ozellik"],
        "tags": ["tags", "etiketler", "badges"],
    ]
}

/// What an import produced and what it had to leave out.
public struct ImportReport: Sendable {
    public var catalogue: Catalogue
    /// Rows left out, with the reason ("row 12: no price").
    public var skipped: [String]
    /// Things worth knowing ("no stock column: every product gets stock 1").
    public var notes: [String]
}

/// Builds a contract catalogue from a shop's CSV export.
public struct CatalogueImporter: Sendable {
    public var businessID: String
    public var mapping: ColumnMapping
    /// Stock given to every product when the CSV has no stock column.
    public var defaultStock: Int
    /// A category for every product when the CSV has none.
    public var defaultCategory: String?
    public var currency: String

    public init(businessID: String, mapping: ColumnMapping = ColumnMapping(), defaultStock: Int = 1,
                defaultCategory: String? = nil, currency: String = "TRY") {
        self.businessID = businessID; self.mapping = mapping; self.defaultStock = defaultStock
        self.defaultCategory = defaultCategory; self.currency = currency
    }

    /// Imports CSV text. Throws when a column named in the mapping does not exist or name/price cannot be found.
    public func importCSV(_ text: String, delimiter: Character? = nil) throws -> ImportReport {
        let rows = CSVReader.rows(text, delimiter: delimiter)
        guard let header = rows.first else { throw ImportError.empty }
        let folded = header.map { Folding.key($0.trimmingCharacters(in: .whitespaces)) }
        var notes: [String] = []

        func column(_ given: String?, _ key: String) throws -> Int? {
            if let given {
                if let i = header.firstIndex(of: given) ?? folded.firstIndex(of: Folding.key(given)) { return i }
                throw ImportError.missingColumn(given, available: header)
            }
            for alias in ColumnMapping.aliases[key] ?? [] {
                if let i = folded.firstIndex(of: alias) { return i }
            }
            return nil
        }
        let idCol = try column(mapping.id, "id")
        guard let nameCol = try column(mapping.name, "name") else { throw ImportError.noColumn("name", available: header) }
        guard let priceCol = try column(mapping.price, "price") else { throw ImportError.noColumn("price", available: header) }
        let originalCol = try column(mapping.originalPrice, "originalPrice")
        let stockCol = try column(mapping.stock, "stock")
        let categoryCol = try column(mapping.category, "category")
        let brandCol = try column(mapping.brand, "brand")
        let urlCol = try column(mapping.url, "url")
        let imageCol = try column(mapping.imageURL, "imageURL")
        let descriptionCol = try column(mapping.description, "description")
        let attributesCol = try column(mapping.attributes, "attributes")
        let tagsCol = try column(mapping.tags, "tags")
        var attributeCols: [(String, Int)] = []
        for (attribute, name) in mapping.attributeColumns.sorted(by: { $0.key < $1.key }) {
            guard let i = header.firstIndex(of: name) ?? folded.firstIndex(of: Folding.key(name)) else {
                throw ImportError.missingColumn(name, available: header)
            }
            attributeCols.append((attribute, i))
        }
        if stockCol == nil { notes.append("no stock column: every product gets stock \(defaultStock)") }
        if idCol == nil { notes.append("no id column: ids come from product page addresses or row numbers") }
        if categoryCol == nil && defaultCategory == nil { notes.append("no category column: products have no category") }

        var products: [Product] = []
        var skipped: [String] = []
        var usedIDs: [String: Int] = [:]
        for (r, row) in rows.enumerated().dropFirst() {
            let line = r + 1
            func value(_ c: Int?) -> String? {
                guard let c, c < row.count else { return nil }
                let v = row[c].trimmingCharacters(in: .whitespacesAndNewlines)
                return v.isEmpty ? nil : v
            }
            guard var name = value(nameCol) else { skipped.append("row \(line): no name"); continue }
            if name.hasPrefix("http"), let fromURL = Self.nameFromURL(name) { name = fromURL }
            guard let priceText = value(priceCol), let price = PriceText.parse(priceText) else {
                skipped.append("row \(line): no price (\(value(priceCol) ?? "empty"))"); continue
            }
            var id = value(idCol) ?? value(urlCol).flatMap(Self.idFromURL) ?? "\(businessID)-\(line)"
            if let n = usedIDs[id] {
                usedIDs[id] = n + 1
                id = "\(id)-\(n + 1)"
            } else {
                usedIDs[id] = 1
            }
            var stock = defaultStock
            if let s = value(stockCol) {
                stock = Int(s) ?? Int(PriceText.parse(s) ?? Double(defaultStock))
            }
            var attributes: [String: String] = [:]
            if let text = value(attributesCol) { attributes = Self.dictionary(text) }
            for (attribute, c) in attributeCols { if let v = value(c) { attributes[attribute] = v } }
            var tags: [String]?
            if let t = value(tagsCol) {
                tags = t.split(whereSeparator: { $0 == "|" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            var original = value(originalCol).flatMap(PriceText.parse)
            if let o = original, o <= price { original = nil }
            products.append(Product(
                id: id, name: name, price: price, stock: max(0, stock),
                category: value(categoryCol) ?? defaultCategory, brand: value(brandCol), originalPrice: original,
                url: value(urlCol), imageURL: value(imageCol), description: value(descriptionCol),
                tags: tags?.isEmpty == false ? tags : nil, attributes: attributes.isEmpty ? nil : attributes))
        }
        let duplicates = usedIDs.values.filter { $0 > 1 }.count
        if duplicates > 0 { notes.append("\(duplicates) ids were used by several rows: later rows got -2, -3… added") }
        return ImportReport(catalogue: Catalogue(businessID: businessID, currency: currency, products: products),
                            skipped: skipped, notes: notes)
    }

    /// A product title from a product page address ("…/siyah-parlak-postal-kadin-bot-p-157208645?x" → "Siyah Parlak Postal Kadın Bot").
    static func nameFromURL(_ url: String) -> String? {
        guard let path = URL(string: url)?.path, let last = path.split(separator: "/").last else { return nil }
        var words = last.split(separator: "-").map(String.init)
        if let p = words.lastIndex(of: "p"), p > 0, p == words.count - 2 { words.removeLast(2) }
        guard !words.isEmpty else { return nil }
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The shop's own product number in a product page address ("…-p-157208645?…" → "157208645").
    static func idFromURL(_ url: String) -> String? {
        guard let path = URL(string: url)?.path, let last = path.split(separator: "/").last,
              let range = last.range(of: "-p-", options: .backwards) else { return nil }
        let digits = last[range.upperBound...]
        return !digits.isEmpty && digits.allSatisfy(\.isNumber) ? String(digits) : nil
    }

    /// Attributes written as JSON or as a Python dictionary literal (`{'Renk': 'Bej', 'Materyal': 'Suni Deri'}`).
    static func dictionary(_ text: String) -> [String: String] {
        if let data = text.data(using: .utf8), let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            return json.compactMapValues { "\($0)" }
        }
        var out: [String: String] = [:]
        var strings: [String] = []
        var current = ""
        var quote: Character?
        for c in text {
            if let q = quote {
                if c == q { strings.append(current); current = ""; quote = nil } else { current.append(c) }
            } else if c == "'" || c == "\"" {
                quote = c
            }
        }
        var i = 0
        while i + 1 < strings.count {
            let value = strings[i + 1]
            if value != "None" && !value.isEmpty { out[strings[i]] = value }
            i += 2
        }
        return out
    }
}

/// Why a CSV could not be imported.
public enum ImportError: Error, CustomStringConvertible, Sendable {
    case empty
    case missingColumn(String, available: [String])
    case noColumn(String, available: [String])

    public var description: String {
        switch self {
        case .empty: return "the CSV file is empty"
        case .missingColumn(let c, let available):
            return "column \"\(c)\" is not in the CSV (columns: \(available.joined(separator: ", ")))"
        case .noColumn(let field, let available):
            return "no column for the product \(field) was found; name it with --\(field)-column (columns: \(available.joined(separator: ", ")))"
        }
    }
}
