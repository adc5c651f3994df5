import Foundation

/// A size, colour or other variant of a product with its own stock.
public struct ProductVariant: Codable, Sendable, Hashable {
    public var sku: String
    public var attributes: [String: String]
    public var stock: Int
    public var price: Double?

    public init(sku: String, attributes: [String: String], stock: Int, price: Double? = nil) {
        self.sku = sku; self.attributes = attributes; self.stock = stock; self.price = price
    }
}

/// One product of a shop's catalogue, in the contract's format.
public struct Product: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var price: Double
    public var stock: Int
    public var category: String?
    public var brand: String?
    public var originalPrice: Double?
    public var url: String?
    public var imageURL: String?
    public var description: String?
    public var tags: [String]?
    public var attributes: [String: String]?
    public var variants: [ProductVariant]?

    enum CodingKeys: String, CodingKey {
        case id, name, price, stock, category, brand, url, description, tags, attributes, variants
        case originalPrice = "original_price"
        case imageURL = "image_url"
    }

    public init(id: String, name: String, price: Double, stock: Int, category: String? = nil, brand: String? = nil,
                originalPrice: Double? = nil, url: String? = nil, imageURL: String? = nil, description: String? = nil,
                tags: [String]? = nil, attributes: [String: String]? = nil, variants: [ProductVariant]? = nil) {
        self.id = id; self.name = name; self.price = price; self.stock = stock; self.category = category
        self.brand = brand; self.originalPrice = originalPrice; self.url = url; self.imageURL = imageURL
        self.description = description; self.tags = tags; self.attributes = attributes; self.variants = variants
    }

    /// True when the product (or any of its variants) can be bought now.
    public var inStock: Bool {
        if let variants, !variants.isEmpty { return variants.contains { $0.stock > 0 } }
        return stock > 0
    }
}

/// A shop's catalogue file: `products/<business_id>.json`.
public struct Catalogue: Codable, Sendable {
    public var businessID: String
    public var currency: String
    public var products: [Product]

    enum CodingKeys: String, CodingKey {
        case businessID = "business_id", currency, products
    }

    public init(businessID: String, currency: String = "TRY", products: [Product]) {
        self.businessID = businessID; self.currency = currency; self.products = products
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        businessID = try c.decode(String.self, forKey: .businessID)
        currency = try c.decodeIfPresent(String.self, forKey: .currency) ?? "TRY"
        products = try c.decode([Product].self, forKey: .products)
    }
}
