import Foundation
import Testing
@testable import Commerce

/// Loading a data directory: precise errors, one broken shop never takes the others down, atomic reloads.
@Suite struct ShopLoadingTests {
    /// A scratch data directory with one good shop.
    final class DataDir {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("commerce-\(UUID().uuidString)")
        init() {
            try! FileManager.default.createDirectory(at: url.appendingPathComponent("businesses"), withIntermediateDirectories: true)
            try! FileManager.default.createDirectory(at: url.appendingPathComponent("products"), withIntermediateDirectories: true)
            write("businesses/good.json", DataDir.config("good"))
            write("products/good.json", DataDir.catalogue("good", products: #"{"id": "a", "name": "Kırmızı Elbise", "price": 300, "stock": 2}"#))
        }
        deinit { try? FileManager.default.removeItem(at: url) }
        func write(_ path: String, _ text: String) {
            try! text.write(to: url.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        static func config(_ id: String) -> String {
            #"{"business_id": "\#(id)", "name": "Shop \#(id)", "policies": {"shipping": "1-2 gün"}}"#
        }
        static func catalogue(_ id: String, products: String) -> String {
            #"{"business_id": "\#(id)", "currency": "TRY", "products": [\#(products)]}"#
        }
    }

    func loadError(_ products: String, config: String? = nil) -> ShopLoadError? {
        let dir = DataDir()
        dir.write("businesses/bad.json", config ?? DataDir.config("bad"))
        dir.write("products/bad.json", DataDir.catalogue("bad", products: products))
        let registry = ShopRegistry(dataDirectory: dir.url)
        let problems = registry.loadAll()
        #expect(registry.shop("good") != nil, "a broken shop must not take the good one down")
        #expect(registry.shop("bad") == nil)
        #expect(problems.count == 1)
        #expect(registry.errors["bad"] == problems.first)
        return problems.first
    }

    @Test func wrongTypeNamesFileFieldAndProblem() {
        let e = loadError(#"{"id": "1", "name": "A", "price": 10, "stock": 1}, {"id": "2", "name": "B", "price": "on beş", "stock": 1}"#)
        #expect(e?.file == "products/bad.json")
        #expect(e?.field == "products[1].price")
        #expect(e?.problem.contains("number") == true)
    }

    @Test func missingRequiredField() {
        let e = loadError(#"{"id": "1", "price": 10, "stock": 1}"#)
        #expect(e?.field == "products[0].name")
        #expect(e?.problem.contains("missing") == true)
    }

    @Test func duplicateIdsAndNegativeStock() {
        #expect(loadError(#"{"id": "1", "name": "A", "price": 1, "stock": 1}, {"id": "1", "name": "B", "price": 1, "stock": 1}"#)?.field == "products[1].id")
        #expect(loadError(#"{"id": "1", "name": "A", "price": 1, "stock": -3}"#)?.field == "products[0].stock")
        #expect(loadError(#"{"id": "1", "name": "A", "price": 1, "stock": 1, "variants": [{"sku": "", "attributes": {}, "stock": 1}]}"#)?.field == "products[0].variants[0].sku")
    }

    @Test func invalidJSONAndConfigProblems() {
        let dir = DataDir()
        dir.write("businesses/broken.json", "{ not json")
        dir.write("products/broken.json", DataDir.catalogue("broken", products: ""))
        dir.write("businesses/other.json", DataDir.config("someone-else"))
        dir.write("products/other.json", DataDir.catalogue("other", products: ""))
        dir.write("products/orphan.json", DataDir.catalogue("orphan", products: ""))
        let registry = ShopRegistry(dataDirectory: dir.url)
        let problems = Dictionary(uniqueKeysWithValues: registry.loadAll().map { ($0.file, $0) })
        #expect(problems["businesses/broken.json"]?.field == "(json)")
        #expect(problems["businesses/other.json"]?.field == "business_id")
        #expect(problems["businesses/orphan.json"]?.problem == "is missing")
        #expect(registry.businessIDs == ["good"])
    }

    @Test func reloadSwapsWholeShopsAndKeepsTheOldOneOnFailure() throws {
        let dir = DataDir()
        let registry = ShopRegistry(dataDirectory: dir.url)
        #expect(registry.loadAll().isEmpty)
        let first = try #require(registry.shop("good"))
        #expect(first.index.top("elbise")?.id == "a")

        dir.write("products/good.json", DataDir.catalogue("good", products: #"{"id": "b", "name": "Siyah Ceket", "price": 900, "stock": 1}"#))
        #expect(registry.reload(businessID: "good") == nil)
        let second = try #require(registry.shop("good"))
        #expect(second.version != first.version)
        #expect(second.index.top("ceket")?.id == "b")
        #expect(first.index.top("elbise")?.id == "a", "readers holding the old shop keep a consistent catalogue")

        dir.write("products/good.json", #"{"business_id": "good", "products": [{"id": 5}]}"#)
        let failure = registry.reload(businessID: "good")
        #expect(failure?.field == "products[0].id")
        #expect(registry.shop("good") === second, "a failed reload keeps the previous version serving")

        #expect(registry.reload(businessID: "../etc")?.field == "business_id")
    }

    @Test func demoShopsLoadCleanly() {
        let registry = ShopRegistry(dataDirectory: DemoShops.root)
        #expect(registry.loadAll().isEmpty)
        #expect(registry.businessIDs.contains("elektronik-dunyasi") && registry.businessIDs.contains("moda-butik"))
    }
}
