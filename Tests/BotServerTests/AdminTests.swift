import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import BotServer

@Suite struct AdminTests {
    let auth: HTTPFields = [.authorization: "Bearer secret-token"]

    @Test func adminNeedsTheToken() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            let routes: [(String, HTTPRequest.Method)] = [("/admin/cache/stats", .get), ("/admin/cache", .delete), ("/admin/cache/tiny", .delete),
                                                          ("/admin/costs", .get), ("/admin/reload/tiny", .post), ("/admin/reload", .post)]
            for (uri, method) in routes {
                let missing = try await client.execute(uri: uri, method: method)
                #expect(missing.status == .unauthorized, "\(uri)")
                #expect(missing.json["error_code"] as? String == "unauthorized")
                #expect(missing.headers[.wwwAuthenticate] == "Bearer")
                let wrong = try await client.execute(uri: uri, method: method, headers: [.authorization: "Bearer nope"])
                #expect(wrong.status == .forbidden, "\(uri)")
                #expect(Set(wrong.json.keys) == errorFields)
                let almost = try await client.execute(uri: uri, method: method, headers: [.authorization: "Bearer secret-toke"])
                #expect(almost.status == .forbidden)
            }
        }
    }

    @Test func adminIsDisabledWithoutAToken() async throws {
        let t = try TestApp(adminToken: nil)
        try await t.app.test(.router) { client in
            let r = try await client.execute(uri: "/admin/costs", method: .get, headers: [.authorization: "Bearer anything"])
            #expect(r.status == .forbidden)
            #expect(r.json["error_code"] as? String == "admin_disabled")
        }
    }

    @Test func cacheAndCostReports() async throws {
        let t = try TestApp(llm: FakeLLM(text: "x"))
        try await t.app.test(.router) { client in
            let stats = try await client.execute(uri: "/admin/cache/stats", method: .get, headers: auth)
            #expect(stats.status == .ok)
            let businesses = stats.json["businesses"] as? [String: [String: Any]] ?? [:]
            #expect(businesses["tiny"]?["hit_rate"] as? Double == 0.4)
            #expect(Set(businesses.keys) == Set(t.services.shops.businessIDs))
            #expect(try await client.execute(uri: "/admin/cache", method: .delete, headers: auth).json["removed"] as? Int == 7)
            let one = try await client.execute(uri: "/admin/cache/tiny", method: .delete, headers: auth).json
            #expect(one["removed"] as? Int == 3)
            #expect(one["business_id"] as? String == "tiny")
            #expect(try await client.execute(uri: "/admin/cache/nope", method: .delete, headers: auth).status == .notFound)
            let costs = try await client.execute(uri: "/admin/costs", method: .get, headers: auth).json["costs"] as? [[String: Any]] ?? []
            #expect(costs.contains { $0["business_id"] as? String == "tiny" && $0["daily_budget_usd"] as? Double == 1.5 })
        }
    }

    @Test func reloadSwapsTheCatalogueAndKeepsServingOnErrors() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            try t.data.write("products/tiny.json", TestData.tinyCatalogue(count: 5))
            let r = try await client.execute(uri: "/admin/reload/tiny", method: .post, headers: auth)
            #expect(r.status == .ok)
            #expect(r.json["products"] as? Int == 5)
            #expect(t.services.shops.shop("tiny")?.catalogue.products.count == 5)

            try t.data.write("products/tiny.json", "{ broken")
            let bad = try await client.execute(uri: "/admin/reload/tiny", method: .post, headers: auth)
            #expect(bad.status == .unprocessableContent)
            #expect((bad.json["error_details"] as? [String: String])?["file"] == "products/tiny.json")
            // The previous version keeps answering.
            #expect(try await client.ask("kulaklık", business: "tiny").0.status == .ok)
            let health = try await client.execute(uri: "/health/detailed", method: .get).json
            #expect((health["catalogues"] as? [String: [String: Any]])?["tiny"]?["status"] as? String == "stale")

            #expect(try await client.execute(uri: "/admin/reload/nope", method: .post, headers: auth).status == .notFound)
            #expect(try await client.execute(uri: "/admin/reload/..%2F..", method: .post, headers: auth).status.code >= 400)
        }
    }

    @Test func reloadDoesNotDropRequests() async throws {
        let t = try TestApp()
        try await t.app.test(.router) { client in
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for i in 0..<40 {
                    group.addTask {
                        if i % 8 == 0 { return try await client.execute(uri: "/admin/reload/other", method: .post, headers: self.auth).status }
                        return try await client.ask("kulaklık", business: "other").0.status
                    }
                }
                for try await status in group { #expect(status == .ok) }
            }
        }
    }

    @Test func watcherReloadsChangedFiles() async throws {
        let t = try TestApp()
        let watcher = CatalogueWatcher(shops: t.services.shops, metrics: t.services.metrics, logger: t.services.logger)
        #expect(watcher.checkOnce().isEmpty)
        try t.data.write("products/tiny.json", TestData.tinyCatalogue(count: 7))
        #expect(watcher.checkOnce() == ["tiny"])
        #expect(t.services.shops.shop("tiny")?.catalogue.products.count == 7)
        // A new shop appears.
        try t.data.write("businesses/fresh.json", TestData.tinyConfig(perMinute: 10).replacingOccurrences(of: "\"tiny\"", with: "\"fresh\""))
        try t.data.write("products/fresh.json", TestData.tinyCatalogue(count: 2).replacingOccurrences(of: "\"tiny\"", with: "\"fresh\""))
        #expect(watcher.checkOnce() == ["fresh"])
        #expect(t.services.shops.shop("fresh")?.catalogue.products.count == 2)
        #expect(watcher.checkOnce().isEmpty)
    }
}
