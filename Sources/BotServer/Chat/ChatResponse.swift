import Commerce
import Foundation
import IntentEngine

/// A product as answers show it: the contract's fields plus category and brand when the catalogue has them.
struct ProductSummary: Codable, Sendable, Hashable {
    var id: String
    var name: String
    var price: Double
    var currency: String
    var stock: Int
    var url: String?
    var category: String?
    var brand: String?
    var imageURL: String?

    enum CodingKeys: String, CodingKey {
        case id, name, price, currency, stock, url, category, brand, imageURL = "image_url"
    }

    init(_ p: Product, currency: String) {
        id = p.id; name = p.name; price = p.price; self.currency = currency
        // A product sold in variants has the variants' stock.
        if let variants = p.variants, !variants.isEmpty { stock = variants.reduce(0) { $0 + max(0, $1.stock) } } else { stock = p.stock }
        url = p.url; category = p.category; brand = p.brand; imageURL = p.imageURL
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(price, forKey: .price)
        try c.encode(currency, forKey: .currency)
        try c.encode(stock, forKey: .stock)
        // `url` is always present (null when the catalogue has none); the extras only when known.
        if let url { try c.encode(url, forKey: .url) } else { try c.encodeNil(forKey: .url) }
        try c.encodeIfPresent(category, forKey: .category)
        try c.encodeIfPresent(brand, forKey: .brand)
        try c.encodeIfPresent(imageURL, forKey: .imageURL)
    }
}

/// The `/web_bot` answer.
struct ChatResponse: Codable, Sendable {
    var answer: String
    var intent: String
    var method: String
    var confidence: Double
    var products: [ProductSummary]
    var sessionID: String
    var cached: Bool
    var executionTimeMS: Double
    var cost: Double
    var requestID: String

    enum CodingKeys: String, CodingKey {
        case answer, intent, method, confidence, products, cached, cost
        case sessionID = "session_id", executionTimeMS = "execution_time_ms", requestID = "request_id"
    }
}

/// What the stream's `metadata` event carries.
struct StreamMetadata: Codable, Sendable {
    var intent: String
    var method: String
    var confidence: Double
    var products: [ProductSummary]
    var sessionID: String
    var requestID: String

    enum CodingKeys: String, CodingKey {
        case intent, method, confidence, products, sessionID = "session_id", requestID = "request_id"
    }
}

/// The stream's `chunk` event.
struct StreamChunk: Codable, Sendable {
    var text: String
}

// The hand-written JSON of the answers; `ResponseJSONTests` checks it against the Codable form.

extension ProductSummary: JSONWritable {
    func writeJSON(to json: inout JSONWriter) {
        json.object { json in
            json.field("id", id)
            json.field("name", name)
            json.field("price", price)
            json.field("currency", currency)
            json.field("stock", stock)
            json.field("url", url)
            json.fieldIfPresent("category", category)
            json.fieldIfPresent("brand", brand)
            json.fieldIfPresent("image_url", imageURL)
        }
    }
}

extension ChatResponse: JSONWritable {
    func writeJSON(to json: inout JSONWriter) {
        json.object { json in
            json.field("answer", answer)
            json.field("intent", intent)
            json.field("method", method)
            json.field("confidence", confidence)
            json.array("products", products) { json, p in p.writeJSON(to: &json) }
            json.field("session_id", sessionID)
            json.field("cached", cached)
            json.field("execution_time_ms", executionTimeMS)
            json.field("cost", cost)
            json.field("request_id", requestID)
        }
    }
}

extension StreamMetadata: JSONWritable {
    func writeJSON(to json: inout JSONWriter) {
        json.object { json in
            json.field("intent", intent)
            json.field("method", method)
            json.field("confidence", confidence)
            json.array("products", products) { json, p in p.writeJSON(to: &json) }
            json.field("session_id", sessionID)
            json.field("request_id", requestID)
        }
    }
}

extension StreamChunk: JSONWritable {
    func writeJSON(to json: inout JSONWriter) {
        json.object { json in json.field("text", text) }
    }
}
