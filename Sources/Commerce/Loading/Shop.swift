import Foundation

/// One loaded shop: configuration, catalogue and its search index. Immutable; replaced whole on reload.
public final class Shop: Sendable {
    public let config: BusinessConfig
    public let catalogue: Catalogue
    public let index: ProductIndex
    /// A hash of the shop's content: equal on every instance serving the same data, new when it
    /// changes (used in cache keys).
    public let version: String
    public var id: String { config.businessID }

    /// `version` defaults to a hash of the configuration and catalogue (the loader passes the files' hash).
    public init(config: BusinessConfig, catalogue: Catalogue, version: String? = nil) {
        self.config = config
        self.catalogue = catalogue
        self.index = ProductIndex(products: catalogue.products)
        self.version = version ?? Self.contentVersion(config, catalogue)
    }

    static func contentVersion(_ config: BusinessConfig, _ catalogue: Catalogue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return ShopLoader.version((try? encoder.encode(config)) ?? Data(), (try? encoder.encode(catalogue)) ?? Data())
    }
}

/// Valid business ids: `^[a-zA-Z0-9_-]{1,64}$`.
public func isValidBusinessID(_ id: String) -> Bool {
    !id.isEmpty && id.utf8.count <= 64 && id.utf8.allSatisfy { c in
        (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 45 || c == 95
    }
}
