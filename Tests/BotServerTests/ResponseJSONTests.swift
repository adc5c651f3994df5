import Commerce
import Foundation
import NIOCore
import Testing
@testable import BotServer

/// The hand-written JSON of answers says exactly what the Codable form says.
@Suite struct ResponseJSONTests {
    /// Both encodings, parsed back into plain objects for comparison.
    private func both(_ value: some Encodable & JSONWritable) throws -> (NSDictionary, NSDictionary) {
        let written = Array(JSONWriter.bytes(of: value).readableBytesView)
        let fast = try #require(try JSONSerialization.jsonObject(with: Data(written)) as? NSDictionary)
        let codable = try #require(try JSONSerialization.jsonObject(with: try JSONEncoder().encode(value)) as? NSDictionary)
        return (fast, codable)
    }

    private var products: [ProductSummary] {
        let plain = Product(id: "P1", name: "Kulaklık \"Pro\" \\ 2\n\t\u{1}", price: 1299.9, stock: 3)
        var full = Product(id: "ürün-2", name: "Çanta 😀", price: 1500, stock: 0)
        full.url = "https://ornek.com/p?a=1&b=\"2\""
        full.category = "Aksesuar"
        full.brand = "Marka"
        full.imageURL = "https://ornek.com/i.jpg"
        return [ProductSummary(plain, currency: "TRY"), ProductSummary(full, currency: "TRY")]
    }

    @Test func answersMatchTheirCodableForm() throws {
        let responses = [
            ChatResponse(answer: "Merhaba! \u{7f} \u{2028} ~", intent: "greeting", method: "rule", confidence: 0.95, products: [],
                         sessionID: "s-1", cached: false, executionTimeMS: 0.123, cost: 0, requestID: "r"),
            ChatResponse(answer: "İki ürün:\n1) …", intent: "product_search", method: "catalog", confidence: 1, products: products,
                         sessionID: "abc", cached: true, executionTimeMS: 12, cost: 0.000125, requestID: "req-9"),
        ]
        for response in responses {
            let (fast, codable) = try both(response)
            #expect(fast == codable)
        }
    }

    @Test func streamEventsMatchTheirCodableForm() throws {
        let metadata = StreamMetadata(intent: "product_search", method: "catalog", confidence: 0.5, products: products,
                                      sessionID: "s", requestID: "r")
        let (fast, codable) = try both(metadata)
        #expect(fast == codable)
        let (chunkFast, chunkCodable) = try both(StreamChunk(text: "satır\n\"alıntı\""))
        #expect(chunkFast == chunkCodable)
    }

    @Test func productsWithoutExtrasKeepTheContractsNullURL() throws {
        let text = String(buffer: JSONWriter.bytes(of: products[0]))
        #expect(text.contains(#""url":null"#))
        #expect(!text.contains("category"))
    }
}
