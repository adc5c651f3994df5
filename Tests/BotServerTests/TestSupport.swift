import Commerce
import Foundation
import Hummingbird
import HummingbirdTesting
import IntentEngine
import Logging
import NIOCore
import Synchronization
@testable import BotServer

/// A data directory for one test: the repository's demo shops plus small shops written here.
struct TestData: Sendable {
    let directory: URL

    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Writes `tiny` (three products), `other` (another small shop) and `broken` (invalid catalogue);
    /// `demo` adds copies of the repository's demo shops (large: only for the conversation rules).
    static func make(tinyPerMinute: Int = 5, demo: Bool = false) throws -> TestData {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("botserver-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("businesses"), withIntermediateDirectories: true)
        try fm.createDirectory(at: dir.appendingPathComponent("products"), withIntermediateDirectories: true)
        for id in demo ? ["elektronik-dunyasi", "moda-butik"] : [] {
            for folder in ["businesses", "products"] {
                try fm.copyItem(at: repoRoot.appendingPathComponent("\(folder)/\(id).json"), to: dir.appendingPathComponent("\(folder)/\(id).json"))
            }
        }
        let data = TestData(directory: dir)
        try data.write("businesses/tiny.json", tinyConfig(perMinute: tinyPerMinute))
        try data.write("products/tiny.json", tinyCatalogue(count: 3))
        try data.write("businesses/other.json", tinyConfig(perMinute: 30).replacingOccurrences(of: "tiny", with: "other"))
        try data.write("products/other.json", tinyCatalogue(count: 4).replacingOccurrences(of: "tiny", with: "other").replacingOccurrences(of: "\"id\": \"T", with: "\"id\": \"O"))
        try data.write("businesses/broken.json", tinyConfig(perMinute: 30).replacingOccurrences(of: "\"tiny\"", with: "\"broken\""))
        try data.write("products/broken.json", #"{"business_id": "broken", "currency": "TRY", "products": [{"id": 1}]}"#)
        return data
    }

    func write(_ path: String, _ text: String) throws {
        try text.write(to: directory.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    static func tinyConfig(perMinute: Int) -> String {
        """
        {"business_id": "tiny", "name": "Tiny Shop", "greeting": "Merhaba!",
         "policies": {"shipping": "Kargo 2 iş gününde.", "returns": "14 gün içinde iade.", "payment": "Kredi kartı.",
                      "order_status": "Hesabım sayfasından.", "contact": "0850 000 00 00", "working_hours": "09-18"},
         "faq": [], "handoff": {"phone": "0850 000 00 00"},
         "allowed_origins": ["https://tiny.example"],
         "llm": {"enabled": false, "daily_budget_usd": 1.5}, "rate_limit": {"per_minute": \(perMinute)}}
        """
    }

    static func tinyCatalogue(count: Int) -> String {
        let products = (0..<count).map { i in
            #"{"id": "T\#(i)", "name": "Deneme Kulaklık \#(i)", "price": \#(100 + i).5, "stock": \#(i), "category": "Kulaklık", "brand": "Deneme"}"#
        }
        return #"{"business_id": "tiny", "currency": "TRY", "products": [\#(products.joined(separator: ","))]}"#
    }
}

/// Log lines captured for assertions.
final class LogCapture: Sendable {
    let lines = Mutex<[String]>([])
    var logger: Logger {
        var logger = Logger(label: "test") { label in JSONLogHandler(label: label) { line in self.lines.withLock { $0.append(line) } } }
        logger.logLevel = .debug
        return logger
    }
}

/// An LLM double: answers with fixed text in chunks, records what it was asked.
final class FakeLLM: LLMAnswering, LLMAdministration {
    let text: String?
    let calls = Mutex<[(question: String, useCache: Bool)]>([])
    init(text: String?) { self.text = text }
    var isConfigured: Bool { text != nil }
    func answer(shop: Shop, context: LLMContext, useCache: Bool, onChunk: (@Sendable (String) async -> Void)?) async -> LLMOutcome {
        calls.withLock { $0.append((context.question, useCache)) }
        guard let text else { return .unavailable(reason: "fake: off") }
        if let onChunk { for word in text.split(separator: " ", omittingEmptySubsequences: false) { await onChunk(String(word) + " ") } }
        return .answered(text: text, cost: 0.0012, cached: !useCache ? false : calls.withLock { $0.count } > 1)
    }
    func health() async -> [String: String] { ["status": text == nil ? "not_configured" : "ok"] }
    func cacheStats(businessIDs: [String]) async -> [String: CacheStats] {
        Dictionary(uniqueKeysWithValues: businessIDs.map { ($0, CacheStats(entries: 1, hits: 2, misses: 3, hitRate: 0.4)) })
    }
    func clearCache(businessID: String?) async -> Int { businessID == nil ? 7 : 3 }
    func costReport(shops: [Shop]) async -> [CostReport] {
        shops.map { CostReport(businessID: $0.id, todayUSD: 0.5, monthUSD: 1.5, dailyBudgetUSD: $0.config.llm.dailyBudgetUSD,
                               monthlyBudgetUSD: $0.config.llm.monthlyBudgetUSD, calls: 4) }
    }
}

/// A store that is down: every call fails.
struct DownStore: KeyValueStore {
    struct Down: Error {}
    var kind: String { "redis" }
    func get(_ key: String) async throws -> String? { throw Down() }
    func set(_ key: String, value: String, ttl: Int?) async throws { throw Down() }
    func delete(_ key: String) async throws { throw Down() }
    func increment(_ key: String, by amount: Int, ttl: Int?) async throws -> Int { throw Down() }
    func incrementFloat(_ key: String, by amount: Double, ttl: Int?) async throws -> Double { throw Down() }
    func keys(prefix: String) async throws -> [String] { throw Down() }
    func deleteAll(prefix: String) async throws -> Int { throw Down() }
    func ping() async -> Bool { false }
}

/// The real app over a test data directory.
struct TestApp: Sendable {
    let data: TestData
    let services: AppServices
    let logs = LogCapture()

    init(data: TestData? = nil, adminToken: String? = "secret-token", perIP: Int = 0, llm: (any LLMAnswering & LLMAdministration)? = nil,
         store: (any KeyValueStore)? = nil, benchEcho: Bool = false) throws {
        let data = try data ?? TestData.make()
        self.data = data
        var settings = AppSettings()
        settings.dataDirectory = data.directory
        settings.adminToken = adminToken
        settings.perIPPerMinute = perIP
        settings.benchEcho = benchEcho
        settings.port = 0
        let logger = logs.logger
        let shops = ShopRegistry(dataDirectory: data.directory)
        shops.loadAll()
        services = AppServices(settings: settings, shops: shops, store: store ?? makeKeyValueStore(redisURL: nil, logger: logger),
                               llm: llm ?? NoLLM(), logger: logger)
    }

    var app: some ApplicationProtocol { buildApplication(services: services) }
}

extension TestClientProtocol {
    /// POSTs a JSON object.
    func post(_ uri: String, json: [String: Any], headers: HTTPFields = [:]) async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = "application/json"
        let data = try JSONSerialization.data(withJSONObject: json)
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: data))
    }

    /// Asks the bot and returns the decoded answer (status 200 expected by callers).
    func ask(_ question: String, business: String, session: String? = nil) async throws -> (TestResponse, [String: Any]) {
        var body: [String: Any] = ["question": question, "business_id": business]
        if let session { body["session_id"] = session }
        let response = try await post("/web_bot", json: body)
        return (response, response.json)
    }
}

extension TestResponse {
    /// The body as a JSON object (empty when it is not one).
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
    }
    var text: String { String(buffer: body) }
}

/// The six fields of every error answer.
let errorFields: Set<String> = ["error_code", "error_message", "error_details", "request_id", "timestamp", "suggested_action"]
