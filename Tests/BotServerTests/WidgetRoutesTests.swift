import Commerce
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import BotServer

/// The repository's demo shops (businesses/ and products/ at the package root).
private let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Loaded once: indexing the demo catalogues is the slow part of these tests, and no test changes them.
private let demoShops: ShopRegistry = {
    let registry = ShopRegistry(dataDirectory: repoRoot)
    registry.loadAll()
    return registry
}()

/// The real application (all middleware) over `shops`, with the in-process store and no LLM.
private func widgetApp(_ shops: ShopRegistry? = nil) -> some ApplicationProtocol {
    var settings = AppSettings()
    settings.dataDirectory = repoRoot
    settings.perIPPerMinute = 0
    settings.port = 0
    let logger = Logger(label: "widget-tests", factory: { _ in SwiftLogNoOpLogHandler() })
    let services = AppServices(settings: settings, shops: shops ?? demoShops,
                               store: makeKeyValueStore(redisURL: nil, logger: logger), llm: NoLLM(), logger: logger)
    return buildApplication(services: services)
}

private func text(_ buffer: ByteBuffer) -> String { String(buffer: buffer) }

@Suite struct WidgetScriptTests {
    @Test func servesTheScriptAsJavaScriptWithShortCaching() async throws {
        try await widgetApp().test(.router) { client in
            try await client.execute(uri: "/widget.js", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/javascript") == true)
                let cache = try #require(response.headers[.cacheControl])
                #expect(cache.contains("max-age=300"))
                #expect(!cache.contains("immutable"))
                let etag = try #require(response.headers[.eTag])
                #expect(etag.hasPrefix("\"") && etag.hasSuffix("\""))
                let body = text(response.body)
                #expect(body.contains("/web_bot/stream"))
                #expect(body.contains("attachShadow"))
                #expect(response.body.readableBytes < 20_000, "the widget should stay small")
                // Any site may load it; the API it calls does its own origin checks.
                #expect(response.headers[.accessControlAllowOrigin] == "*")
            }
        }
    }

    @Test func answersNotModifiedForAKnownETag() async throws {
        try await widgetApp().test(.router) { client in
            let etag = try await client.execute(uri: "/widget.js", method: .get) { try #require($0.headers[.eTag]) }
            for header in [etag, "W/\(etag)", "\"other\", \(etag)", "*"] {
                try await client.execute(uri: "/widget.js", method: .get, headers: [.ifNoneMatch: header]) { response in
                    #expect(response.status == .notModified, "If-None-Match: \(header)")
                    #expect(response.body.readableBytes == 0)
                    #expect(response.headers[.eTag] == etag)
                }
            }
            try await client.execute(uri: "/widget.js", method: .get, headers: [.ifNoneMatch: "\"stale\""]) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes > 0)
            }
        }
    }

    @Test func versionedURLServesTheSameBytesImmutably() async throws {
        try await widgetApp().test(.router) { client in
            let (plain, etag) = try await client.execute(uri: "/widget.js", method: .get) {
                (text($0.body), try #require($0.headers[.eTag]))
            }
            let page = try await client.execute(uri: "/demo/moda-butik", method: .get) { text($0.body) }
            let src = try #require(page.firstMatch(of: /<script src="(\/widget\.v[0-9a-f]+\.js)"/)?.1)
            try await client.execute(uri: String(src), method: .get) { response in
                #expect(response.status == .ok)
                #expect(text(response.body) == plain)
                #expect(response.headers[.eTag] == etag)
                let cache = try #require(response.headers[.cacheControl])
                #expect(cache.contains("immutable"))
                #expect(cache.contains("max-age=31536000"))
            }
        }
    }

    @Test func versionHashFollowsTheContent() {
        let a = WidgetAsset.fnv1a(Array("console.log(1)".utf8))
        let b = WidgetAsset.fnv1a(Array("console.log(2)".utf8))
        #expect(a != b)
        #expect(a.count == 12)
        #expect(a == WidgetAsset.fnv1a(Array("console.log(1)".utf8)))
    }

    @Test func compactionKeepsCodeAndDropsCommentsAndIndentation() {
        let source = "/* keep */\n(function () {\n  // why\n\n  var a = 'x // y';\n\t  if (a) { a += 1; } // tail\n})();\n"
        #expect(WidgetAsset.compactScript(source) == "/* keep */\n(function () {\nvar a = 'x // y';\nif (a) { a += 1; } // tail\n})();\n")
    }

    @Test func anOutdatedVersionRedirectsToTheCurrentScript() async throws {
        try await widgetApp().test(.router) { client in
            try await client.execute(uri: "/widget.v000000000000.js", method: .get) { response in
                #expect(response.status == .found)
                #expect(response.headers[.location] == "/widget.js")
            }
        }
    }
}

@Suite struct DemoPageTests {
    @Test(arguments: ["moda-butik", "elektronik-dunyasi"])
    func showsTheShopWithProductsAndTheWidget(business: String) async throws {
        let shop = try #require(demoShops.shop(business))
        try await widgetApp().test(.router) { client in
            try await client.execute(uri: "/demo/\(business)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let csp = try #require(response.headers[.contentSecurityPolicy])
                #expect(csp.contains("default-src 'none'") && csp.contains("connect-src 'self'"))
                let html = text(response.body)
                #expect(html.contains("<h1>\(DemoPage.escape(shop.config.name))</h1>"))
                #expect(html.contains("data-business=\"\(business)\""))
                // Each listed product shows its catalogue price the Turkish way.
                let ids = html.matches(of: /<li class="item" data-id="([^"]+)">/).map { String($0.1) }
                #expect(ids.count == DemoPage.productCount)
                let byID = Dictionary(shop.catalogue.products.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                for id in ids {
                    let product = try #require(byID[id])
                    #expect(html.contains("<p class=\"price\">\(PriceFormat.turkish(product.price))</p>"))
                }
                // Nothing is loaded from another host.
                #expect(html.matches(of: /(src|href)="(https?:)?\/\/[^"]*"/).allSatisfy { m in
                    html[m.range].hasPrefix("href") // only outbound product links
                })
            }
        }
    }

    @Test func escapesShopAndProductText() async throws {
        let registry = ShopRegistry(dataDirectory: repoRoot)
        let config = BusinessConfig(businessID: "kotu", name: "<b>Kötü & \"Mağaza\"</b>", greeting: "\"><script>alert(1)</script>")
        let product = Product(id: "x\"1", name: "<img src=x onerror=alert(1)>", price: 46392.95, stock: 2,
                              category: "Kılıf", url: "javascript:alert(1)")
        registry.install(Shop(config: config, catalogue: Catalogue(businessID: "kotu", products: [product])))
        try await widgetApp(registry).test(.router) { client in
            try await client.execute(uri: "/demo/kotu", method: .get) { response in
                #expect(response.status == .ok)
                let html = text(response.body)
                #expect(html.contains("&lt;b&gt;Kötü &amp; &quot;Mağaza&quot;&lt;/b&gt;"))
                #expect(!html.contains("<img src=x"))
                #expect(!html.contains("<script>alert"))
                #expect(!html.contains("javascript:"))
                #expect(html.contains("46.392,95 TL"))
            }
        }
    }

    @Test(arguments: ["yok-boyle-bir-dukkan", "..%2Fbusinesses", "a%20b", String(repeating: "a", count: 65)])
    func unknownOrInvalidShopIsNotFoundJSON(id: String) async throws {
        try await widgetApp().test(.router) { client in
            try await client.execute(uri: "/demo/\(id)", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                #expect(json["error_code"] as? String == "business_not_found")
                for key in ["error_message", "error_details", "timestamp", "suggested_action"] {
                    #expect(json[key] != nil, "missing \(key)")
                }
                #expect((json["request_id"] as? String)?.isEmpty == false)
            }
        }
    }

    @Test func showcasePrefersInStockProductsFromDifferentCategories() {
        let products = [
            Product(id: "1", name: "A", price: 1, stock: 0, category: "x"),
            Product(id: "2", name: "B", price: 1, stock: 5, category: "x"),
            Product(id: "3", name: "C", price: 1, stock: 5, category: "x"),
            Product(id: "4", name: "D", price: 1, stock: 5, category: "y"),
        ]
        #expect(DemoPage.showcase(products, count: 2).map(\.id) == ["2", "4"])
        #expect(DemoPage.showcase(products, count: 4).map(\.id) == ["2", "4", "1", "3"])
    }

    @Test func countsAreGroupedTheTurkishWay() {
        #expect(DemoPage.grouped(7673) == "7.673")
        #expect(DemoPage.grouped(587) == "587")
        #expect(DemoPage.grouped(1_234_567) == "1.234.567")
    }

    @Test func templateValuesAreNotExpandedTwice() {
        #expect(DemoPage.fill("<{{a}}|{{b}}>", ["a": "{{b}}", "b": "x"]) == "<{{b}}|x>")
        #expect(DemoPage.fill("{{missing}}!", [:]) == "!")
    }
}
