import Foundation
import Synchronization

/// All shops of a data directory. Shops are swapped atomically on reload; readers never wait on a load.
public final class ShopRegistry: Sendable {
    public let dataDirectory: URL
    private let state = Mutex<(shops: [String: Shop], errors: [String: ShopLoadError])>((shops: [:], errors: [:]))

    public init(dataDirectory: URL) { self.dataDirectory = dataDirectory }

    /// Loads every shop found in `businesses/` and `products/`; returns the problems (those shops stay unavailable).
    /// Shops whose files were removed stop serving.
    @discardableResult
    public func loadAll() -> [ShopLoadError] {
        var ids: Set<String> = []
        for folder in ["businesses", "products"] {
            let dir = dataDirectory.appendingPathComponent(folder)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for file in files where file.hasSuffix(".json") { ids.insert(String(file.dropLast(5))) }
        }
        var problems: [ShopLoadError] = []
        for id in ids.sorted() {
            if let error = reload(businessID: id) { problems.append(error) }
        }
        state.withLock { state in
            for gone in state.shops.keys where !ids.contains(gone) { state.shops[gone] = nil }
            for gone in state.errors.keys where !ids.contains(gone) { state.errors[gone] = nil }
        }
        return problems
    }

    /// Reloads one shop. The new version is built off to the side and swapped in whole; other shops keep
    /// serving throughout. On failure the previous version (if any) keeps serving and the error is returned.
    @discardableResult
    public func reload(businessID: String) -> ShopLoadError? {
        do {
            let shop = try ShopLoader.load(businessID: businessID, dataDirectory: dataDirectory)
            state.withLock { $0.shops[businessID] = shop; $0.errors[businessID] = nil }
            return nil
        } catch {
            let e = error as? ShopLoadError
                ?? ShopLoadError(file: "businesses/\(businessID).json", field: "(file)", problem: "\(error)")
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
