import Foundation

/// One loaded shop: configuration, catalogue and its search index. Immutable; replaced whole on reload.
public final class Shop: Sendable {
    public let config: BusinessConfig
    public let catalogue: Catalogue
    public let index: ProductIndex
    /// Changes whenever the files change (used in cache keys).
    public let version: String
    public var id: String { config.businessID }

    public init(config: BusinessConfig, catalogue: Catalogue, version: String = UUID().uuidString) {
        self.config = config
        self.catalogue = catalogue
        self.index = ProductIndex(products: catalogue.products)
        self.version = version
    }
}

/// Valid business ids: `^[a-zA-Z0-9_-]{1,64}$`.
public func isValidBusinessID(_ id: String) -> Bool {
    !id.isEmpty && id.utf8.count <= 64 && id.utf8.allSatisfy { c in
        (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 45 || c == 95
    }
}
