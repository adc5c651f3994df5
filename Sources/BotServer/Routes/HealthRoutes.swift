import Commerce
import Foundation
import Hummingbird

/// `GET /health` (liveness) and `GET /health/detailed` (store, LLM, catalogues).
struct HealthRoutes: Sendable {
    let services: AppServices

    struct Liveness: Codable { var status: String }

    struct Detailed: Codable {
        var status: String
        var store: StoreHealth
        var llm: [String: String]
        var catalogues: [String: CatalogueHealth]
    }

    struct StoreHealth: Codable { var kind: String; var ok: Bool }

    struct CatalogueHealth: Codable {
        var status: String
        var products: Int?
        var version: String?
        var error: String?
    }

    func register(on router: Router<BotRequestContext>) {
        router.get("/health") { _, _ in try JSONResponse.make(Liveness(status: "ok")) }
        router.get("/health/detailed") { _, _ in try JSONResponse.make(await self.detailed()) }
    }

    func detailed() async -> Detailed {
        let storeOK = await services.store.ping()
        let llm = await services.llm.health()
        var catalogues: [String: CatalogueHealth] = [:]
        let errors = services.shops.errors
        for id in services.shops.businessIDs {
            guard let shop = services.shops.shop(id) else { continue }
            // A shop whose reload failed keeps serving its previous files: degraded, not down.
            catalogues[id] = CatalogueHealth(status: errors[id] == nil ? "ok" : "stale", products: shop.catalogue.products.count,
                                             version: shop.version, error: errors[id]?.description)
        }
        for (id, error) in errors where catalogues[id] == nil {
            catalogues[id] = CatalogueHealth(status: "error", products: nil, version: nil, error: error.description)
        }
        let allCataloguesOK = catalogues.values.allSatisfy { $0.status == "ok" }
        let status = storeOK && allCataloguesOK && !catalogues.isEmpty ? "ok" : "degraded"
        return Detailed(status: status, store: StoreHealth(kind: services.store.kind, ok: storeOK), llm: llm, catalogues: catalogues)
    }
}
