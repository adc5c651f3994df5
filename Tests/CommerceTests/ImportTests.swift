import Foundation
import Testing
@testable import Commerce

@Suite struct ImportTests {
    @Test(arguments: [
        ("1.149,90 TL", 1149.9), ("499 TL", 499), ("1.904 TL", 1904), ("145.99", 145.99), ("9279.07", 9279.07),
        ("₺2.245,08", 2245.08), ("499,99 TL", 499.99), ("12.500.000", 12_500_000), ("1,149.90", 1149.9),
    ])
    func turkishPriceText(text: String, value: Double) {
        #expect(PriceText.parse(text) == value)
    }

    @Test func noPrice() {
        #expect(PriceText.parse("fiyat yok") == nil)
        #expect(PriceText.parse("") == nil)
    }

    @Test func csvQuotingAndBlankLines() {
        let rows = CSVReader.rows("a,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\"two\nlines\"\n\n1,2,3\n")
        #expect(rows == [["a", "b", "c"], ["x, y", "he said \"hi\"", "two\nlines"], ["1", "2", "3"]])
        #expect(CSVReader.rows("a;b\n1;2") == [["a", "b"], ["1", "2"]])
    }

    @Test func mappingAndMissingColumns() throws {
        let csv = "Kod,Ürün,Tutar,Renk\nK1,Mavi Gömlek,\"1.299,00 TL\",mavi\nK1,Beyaz Gömlek,899 TL,beyaz\nK3,,10 TL,\nK4,Ceket,yok,\n"
        let report = try CatalogueImporter(businessID: "t", mapping: ColumnMapping(id: "Kod", name: "Ürün", price: "Tutar", attributeColumns: ["renk": "Renk"]), defaultStock: 4).importCSV(csv)
        let products = report.catalogue.products
        #expect(products.map(\.id) == ["K1", "K1-2"])
        #expect(products.map(\.price) == [1299, 899])
        #expect(products.allSatisfy { $0.stock == 4 })
        #expect(products[0].attributes?["renk"] == "mavi")
        #expect(report.skipped.count == 2)
        #expect(report.notes.contains { $0.contains("stock") })
        #expect(ShopValidator.problems(catalogue: report.catalogue, businessID: "t", fileName: "products/t.json").isEmpty)
        #expect(throws: ImportError.self) { try CatalogueImporter(businessID: "t", mapping: ColumnMapping(name: "Yok")).importCSV(csv) }
    }

    /// Real exports kept with the tests (Tests/Fixtures/data, each with its SOURCE.md).
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/data")

    @Test func realExportsImport() throws {
        let hb = Self.data.appendingPathComponent("hepsiburada-products/hepsiburada_products.csv")
        let hepsi = try CatalogueImporter(businessID: "hepsi").importCSV(String(contentsOf: hb, encoding: .utf8))
        // One row of the real export says "Fiyat bulunamadı" instead of a price: it is left out and reported.
        #expect(hepsi.catalogue.products.count == 999)
        #expect(hepsi.skipped.count == 1 && hepsi.skipped[0].contains("Fiyat bulunamadı"))
        #expect(Set(hepsi.catalogue.products.map(\.id)).count == 999)
        #expect(hepsi.catalogue.products.first { $0.id == "HBV00000MMC78" }?.price == 1149.9)
        #expect(ShopValidator.problems(catalogue: hepsi.catalogue, businessID: "hepsi", fileName: "x").isEmpty)

        let n11 = try CatalogueImporter(businessID: "n11", mapping: ColumnMapping(name: "Model"))
            .importCSV(String(contentsOf: Self.data.appendingPathComponent("n11-electronics/n11_electronics_products.csv"), encoding: .utf8))
        #expect(n11.catalogue.products.count == 400)
        #expect(n11.catalogue.products[0].category == "Laptop" && n11.catalogue.products[0].brand == "Lenovo")

        let shoes = try CatalogueImporter(businessID: "ayakkabi", mapping: ColumnMapping(name: "Link", brand: "Ürün Adı", url: "Link", attributes: "Özellikler"))
            .importCSV(String(contentsOf: Self.data.appendingPathComponent("trendyol-womens-shoes-attributes/trendyol_womens_shoes.csv"), encoding: .utf8))
        #expect(shoes.catalogue.products.count == 48)
        let boot = try #require(shoes.catalogue.products.first { $0.name.contains("Postal") })
        #expect(boot.name == "Siyah Parlak Postal Kadin Bot")
        #expect(boot.id == "157208645")
        #expect(boot.attributes?["Renk"] == "Siyah")
        #expect(boot.price == 399.99)
        // The imported shop is searchable by colour from its attributes.
        let index = ProductIndex(products: shoes.catalogue.products)
        #expect(index.ask("siyah bot").hits.first.map { index.colours(of: $0.product).contains("siyah") } == true)
    }
}
