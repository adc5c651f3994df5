import Commerce
import Foundation
import Hummingbird

/// `/admin/*` behind `ADMIN_TOKEN`: LLM cache statistics and clearing, cost reports, catalogue reloads.
struct AdminRoutes: Sendable {
    let services: AppServices

    struct CacheStatsReport: Codable { var businesses: [String: CacheStats] }
    struct CacheCleared: Codable { var businessID: String?; var removed: Int
        enum CodingKeys: String, CodingKey { case businessID = "business_id", removed } }
    struct CostsReport: Codable { var costs: [CostReport] }
    struct Reloaded: Codable {
        var businessID: String; var status: String; var products: Int; var version: String
        enum CodingKeys: String, CodingKey { case businessID = "business_id", status, products, version }
    }
    struct ReloadedAll: Codable { var reloaded: [String]; var errors: [String: String] }

    func register(on router: Router<BotRequestContext>) {
        let admin = router.group("/admin").add(middleware: AdminAuthMiddleware(token: services.settings.adminToken))
        admin.get("/cache/stats") { _, _ in
            try JSONResponse.make(CacheStatsReport(businesses: await services.llm.cacheStats(businessIDs: services.shops.businessIDs)))
        }
        admin.delete("/cache") { _, _ in
            try JSONResponse.make(CacheCleared(businessID: nil, removed: await services.llm.clearCache(businessID: nil)))
        }
        admin.delete("/cache/{business_id}") { _, context in
            let id = try businessID(context)
            _ = try services.shop(id)
            return try JSONResponse.make(CacheCleared(businessID: id, removed: await services.llm.clearCache(businessID: id)))
        }
        admin.get("/costs") { _, _ in
            let shops = services.shops.businessIDs.compactMap { services.shops.shop($0) }
            return try JSONResponse.make(CostsReport(costs: await services.llm.costReport(shops: shops)))
        }
        admin.post("/reload") { _, _ in
            _ = try await offEventLoop { services.shops.loadAll() }
            let errors = services.shops.errors.mapValues(\.description)
            for id in services.shops.businessIDs where errors[id] == nil { services.metrics.catalogueReload(business: id, ok: true) }
            for id in errors.keys { services.metrics.catalogueReload(business: id, ok: false) }
            return try JSONResponse.make(ReloadedAll(reloaded: services.shops.businessIDs.filter { errors[$0] == nil }, errors: errors))
        }
        admin.post("/reload/{business_id}") { _, context in
            let id = try businessID(context)
            let known = services.shops.shop(id) != nil || services.shops.errors[id] != nil
                || FileManager.default.fileExists(atPath: services.settings.dataDirectory.appendingPathComponent("businesses/\(id).json").path)
            guard known else { throw APIError.unknownBusiness(id) }
            if let problem = try await offEventLoop({ services.shops.reload(businessID: id) }) {
                services.metrics.catalogueReload(business: id, ok: false)
                throw APIError(status: .unprocessableContent, code: "reload_failed",
                               message: "The files of '\(id)' could not be loaded; the previous version keeps serving if there was one.",
                               details: ["business_id": id, "file": problem.file, "field": problem.field, "problem": problem.problem],
                               suggestedAction: "Fix the file named in error_details and reload again.")
            }
            services.metrics.catalogueReload(business: id, ok: true)
            let shop = try services.shop(id)
            return try JSONResponse.make(Reloaded(businessID: id, status: "reloaded", products: shop.catalogue.products.count, version: shop.version))
        }
    }

    private func businessID(_ context: BotRequestContext) throws -> String {
        let id = context.parameters.get("business_id") ?? ""
        guard isValidBusinessID(id) else { throw APIError.invalidBusinessID(id) }
        return id
    }
}
