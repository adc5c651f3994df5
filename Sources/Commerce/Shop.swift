import Foundation
import Synchronization

/// A problem in a shop's data file: which file, which field, what is wrong.
public struct ShopLoadError: Error, Sendable, CustomStringConvertible, Codable, Hashable {
    public var file: String
    public var field: String
    public var problem: String
    public init(file: String, field: String, problem: String) { self.file = file; self.field = field; self.problem = problem }
    public var description: String { "\(file): \(field): \(problem)" }
}

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

/// Loads shops from a data directory.
public enum ShopLoader {
    /// Loads one shop's two files; throws the first problem found.
    public static func load(businessID: String, dataDirectory: URL) throws -> Shop {
        let configURL = dataDirectory.appendingPathComponent("businesses/\(businessID).json")
        let catalogueURL = dataDirectory.appendingPathComponent("products/\(businessID).json")
        let config: BusinessConfig = try decode(BusinessConfig.self, from: configURL, fileName: "businesses/\(businessID).json")
        let catalogue: Catalogue = try decode(Catalogue.self, from: catalogueURL, fileName: "products/\(businessID).json")
        return Shop(config: config, catalogue: catalogue)
    }

    static func decode<T: Decodable>(_ type: T.Type, from url: URL, fileName: String) throws -> T {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ShopLoadError(file: fileName, field: "(file)", problem: "cannot be read")
        }
        do { return try JSONDecoder().decode(T.self, from: data) } catch {
            throw ShopLoadError(file: fileName, field: "(json)", problem: "\(error)")
        }
    }
}

/// All shops of a data directory. Shops are swapped atomically on reload; readers never wait on a load.
public final class ShopRegistry: Sendable {
    public let dataDirectory: URL
    private let state = Mutex<(shops: [String: Shop], errors: [String: ShopLoadError])>((shops: [:], errors: [:]))

    public init(dataDirectory: URL) { self.dataDirectory = dataDirectory }

    /// Loads every shop found in `businesses/`; returns the problems (those shops stay unavailable).
    @discardableResult
    public func loadAll() -> [ShopLoadError] {
        let dir = dataDirectory.appendingPathComponent("businesses")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        var problems: [ShopLoadError] = []
        for file in files.sorted() where file.hasSuffix(".json") {
            let id = String(file.dropLast(5))
            if let error = reload(businessID: id) { problems.append(error) }
        }
        return problems
    }

    /// Reloads one shop. On failure the previous version (if any) keeps serving and the error is returned.
    @discardableResult
    public func reload(businessID: String) -> ShopLoadError? {
        guard isValidBusinessID(businessID) else {
            return ShopLoadError(file: "businesses/\(businessID).json", field: "business_id", problem: "invalid id")
        }
        do {
            let shop = try ShopLoader.load(businessID: businessID, dataDirectory: dataDirectory)
            state.withLock { $0.shops[businessID] = shop; $0.errors[businessID] = nil }
            return nil
        } catch let error as ShopLoadError {
            state.withLock { $0.errors[businessID] = error }
            return error
        } catch {
            let e = ShopLoadError(file: "businesses/\(businessID).json", field: "(file)", problem: "\(error)")
            state.withLock { $0.errors[businessID] = e }
            return e
        }
    }

    /// The shop serving under this id, if loaded.
    public func shop(_ businessID: String) -> Shop? { state.withLock { $0.shops[businessID] } }

    /// Ids of the shops serving now.
    public var businessIDs: [String] { state.withLock { $0.shops.keys.sorted() } }

    /// Load problems per business id.
    public var errors: [String: ShopLoadError] { state.withLock { $0.errors } }

    /// Adds or replaces a shop directly (tests, imports).
    public func install(_ shop: Shop) { state.withLock { $0.shops[shop.id] = shop; $0.errors[shop.id] = nil } }
}
