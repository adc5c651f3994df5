import ArgumentParser
import Commerce
import Foundation

/// `BotServer import`: builds a catalogue JSON from a shop's CSV export.
///
/// Columns are found from common header names (Turkish and English: `urun_adi`, `fiyat`, `Marka`, …);
/// name any of them explicitly with the `--…-column` options. Prices may be Turkish text ("1.149,90 TL").
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Build a catalogue JSON from a shop's CSV export.",
        discussion: """
        Example: BotServer import --business kozmetik --csv urunler.csv --data-dir .
        writes products/kozmetik.json. Unnamed columns are found from usual headers
        (id/urun_id, name/urun_adi/Model, price/fiyat, stock/stok, category/kategori, brand/marka, url/link …).
        """
    )

    @Option(help: "Business id of the shop (the catalogue's business_id and file name).") var business: String
    @Option(help: "The CSV export to read.") var csv: String
    @Option(help: "Data directory; the catalogue goes to <data-dir>/products/<business>.json.") var dataDir: String = "."
    @Option(help: "Write here instead (use - for standard output).") var output: String?
    @Option(help: "Field separator (default: guessed from the header).") var delimiter: String?

    @Option(help: "Column of the product id.") var idColumn: String?
    @Option(help: "Column of the product name.") var nameColumn: String?
    @Option(help: "Column of the price (numbers or text like \"1.149,90 TL\").") var priceColumn: String?
    @Option(help: "Column of the price before discount.") var originalPriceColumn: String?
    @Option(help: "Column of the stock.") var stockColumn: String?
    @Option(help: "Column of the category.") var categoryColumn: String?
    @Option(help: "Column of the brand.") var brandColumn: String?
    @Option(help: "Column of the product page address.") var urlColumn: String?
    @Option(help: "Column of the image address.") var imageColumn: String?
    @Option(help: "Column of the description.") var descriptionColumn: String?
    @Option(help: "Column holding attributes as a dictionary ({'Renk': 'Bej'} or JSON).") var attributesColumn: String?
    @Option(help: "Column of tags separated by | or ,.") var tagsColumn: String?
    @Option(name: .customLong("attribute"), help: "Copy a column into attributes: name=Column (repeatable), e.g. renk=Color.")
    var attributeColumns: [String] = []

    @Option(help: "Stock of every product when the CSV has no stock column.") var defaultStock: Int = 1
    @Option(help: "Category of every product when the CSV has no category column.") var category: String?
    @Option(help: "Currency code of the prices.") var currency: String = "TRY"

    func validate() throws {
        guard isValidBusinessID(business) else {
            throw ValidationError("--business must match ^[a-zA-Z0-9_-]{1,64}$")
        }
        if let delimiter, delimiter.count != 1 && delimiter != "\\t" { throw ValidationError("--delimiter must be one character") }
        for a in attributeColumns where !a.contains("=") { throw ValidationError("--attribute takes name=Column, got \(a)") }
    }

    func run() async throws {
        let text: String
        do { text = try String(contentsOfFile: csv, encoding: .utf8) } catch {
            throw ValidationError("cannot read \(csv): \(error.localizedDescription)")
        }
        var attributes: [String: String] = [:]
        for a in attributeColumns {
            let parts = a.split(separator: "=", maxSplits: 1).map(String.init)
            attributes[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        let mapping = ColumnMapping(
            id: idColumn, name: nameColumn, price: priceColumn, originalPrice: originalPriceColumn, stock: stockColumn,
            category: categoryColumn, brand: brandColumn, url: urlColumn, imageURL: imageColumn,
            description: descriptionColumn, attributes: attributesColumn, attributeColumns: attributes, tags: tagsColumn)
        let importer = CatalogueImporter(businessID: business, mapping: mapping, defaultStock: defaultStock,
                                         defaultCategory: category, currency: currency)
        let separator: Character? = delimiter.map { $0 == "\\t" ? "\t" : Character($0) }
        let report: ImportReport
        do { report = try importer.importCSV(text, delimiter: separator) } catch let error as ImportError {
            throw ValidationError(error.description)
        }

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(report.catalogue)
        var log = StandardErrorStream()
        if output == "-" {
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
        } else {
            let url = output.map { URL(fileURLWithPath: $0) }
                ?? URL(fileURLWithPath: dataDir).appendingPathComponent("products/\(business).json")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
            print("wrote \(report.catalogue.products.count) products to \(url.path)", to: &log)
            let config = URL(fileURLWithPath: dataDir).appendingPathComponent("businesses/\(business).json")
            if output == nil && !FileManager.default.fileExists(atPath: config.path) {
                print("note: \(config.path) does not exist yet; the shop serves once it has a configuration", to: &log)
            }
        }
        for note in report.notes { print("note: \(note)", to: &log) }
        if !report.skipped.isEmpty {
            print("skipped \(report.skipped.count) rows:", to: &log)
            for s in report.skipped.prefix(20) { print("  \(s)", to: &log) }
            if report.skipped.count > 20 { print("  …", to: &log) }
        }
    }
}

/// Lets `print(…, to:)` write to standard error.
struct StandardErrorStream: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}
