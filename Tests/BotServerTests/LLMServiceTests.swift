import Commerce
import Foundation
import IntentEngine
import Logging
import Synchronization
import Testing
@testable import BotServer

/// A shop with the LLM switched on and handoff contacts.
func llmTestShop(_ id: String = "shop-\(UInt32.random(in: 0...UInt32.max))", daily: Double? = nil, monthly: Double? = nil,
                 provider: String? = nil) -> Shop {
    let config = BusinessConfig(
        businessID: id, name: "Test Mağaza",
        policies: Policies(shipping: "1-2 iş gününde kargoya verilir.", returns: "14 gün içinde iade."),
        handoff: Handoff(phone: "0850 555 12 34", email: "destek@test.com.tr"),
        llm: LLMSettings(enabled: true, dailyBudgetUSD: daily, monthlyBudgetUSD: monthly,
                         instructions: "Kibar ol.", provider: provider))
    let catalogue = Catalogue(businessID: id, products: [
        Product(id: "p1", name: "Kablosuz Kulaklık", price: 1299.9, stock: 3, brand: "Ses"),
    ])
    return Shop(config: config, catalogue: catalogue)
}

/// The environment of a provider at `baseURL` with fast retries.
func llmTestEnvironment(_ format: String, _ baseURL: String, extra: [String: String] = [:]) -> [String: String] {
    [
        "LLM_PROVIDER": format, "LLM_BASE_URL": baseURL, "LLM_API_KEY": "test-key", "LLM_MODEL": "test-model",
        "LLM_PRICE_INPUT_PER_MTOK": "1.0", "LLM_PRICE_OUTPUT_PER_MTOK": "2.0", "LLM_TIMEOUT_SECONDS": "5",
        "LLM_BACKOFF_BASE_SECONDS": "0.05", "LLM_BACKOFF_CAP_SECONDS": "0.1",
    ].merging(extra) { $1 }
}

/// A logger that keeps test output readable (tests that inspect logs pass `CapturedLogs().logger`).
var quietLogger: Logger {
    var logger = Logger(label: "test")
    logger.logLevel = .critical
    return logger
}

func makeTestLLM(_ env: [String: String], store: any KeyValueStore = MemoryStore(),
                 logger: Logger = quietLogger) -> LLMService {
    makeLLM(environment: env, store: store, logger: logger) as! LLMService
}

func ask(_ service: LLMService, _ shop: Shop, _ question: String, useCache: Bool = true,
         history: [HistoryTurn] = [], onChunk: (@Sendable (String) async -> Void)? = nil) async -> LLMOutcome {
    await service.answer(shop: shop, context: LLMContext(question: question, products: shop.catalogue.products, history: history),
                         useCache: useCache, onChunk: onChunk)
}

/// Collects streamed chunks.
final class ChunkSink: Sendable {
    private let chunks = Mutex<[String]>([])
    var all: [String] { chunks.withLock { $0 } }
    var onChunk: @Sendable (String) async -> Void { { text in self.chunks.withLock { $0.append(text) } } }
}

extension LLMOutcome {
    var text: String? { if case .answered(let text, _, _) = self { text } else { nil } }
    var cost: Double? { if case .answered(_, let cost, _) = self { cost } else { nil } }
    var cached: Bool { if case .answered(_, _, let cached) = self { cached } else { false } }
    var reason: String? { if case .unavailable(let reason) = self { reason } else { nil } }
}

@Suite(.serialized) struct LLMServiceTests {
    @Test(arguments: ["openai", "gemini"])
    func answersWithUsageAndCost(format: String) async throws {
        let fake = FakeLLMProvider()
        fake.script([.answer("Kargo 1-2 iş gününde çıkar.", input: 1000, output: 500)])
        try await fake.run { base in
            let service = makeTestLLM(llmTestEnvironment(format, base))
            let outcome = await ask(service, llmTestShop(), "kargo ne zaman gelir acaba")
            #expect(outcome.text == "Kargo 1-2 iş gününde çıkar.")
            // 1000 input tokens at $1/Mtok + 500 output tokens at $2/Mtok.
            #expect(abs((outcome.cost ?? -1) - 0.002) < 1e-12)
            let request = try #require(fake.requests.first)
            if format == "openai" {
                #expect(request.path == "/v1/chat/completions")
                #expect(request.headers["authorization"] == "Bearer test-key")
                #expect(request.body.contains("\"model\":\"test-model\""))
            } else {
                #expect(request.path == "/v1beta/models/test-model:generateContent")
                #expect(request.headers["x-goog-api-key"] == "test-key")
                #expect(request.body.contains("systemInstruction"))
            }
            #expect(request.body.contains("Kablosuz Kulaklık"))
            #expect(request.body.contains("Kibar ol."))
        }
    }

    @Test(arguments: ["openai", "gemini"])
    func streamsChunksAsTheyArrive(format: String) async throws {
        let fake = FakeLLMProvider()
        fake.script([.answer("Bu kulaklık kablosuzdur ve stokta var.", input: 200, output: 40, chunks: 4)])
        try await fake.run { base in
            let service = makeTestLLM(llmTestEnvironment(format, base))
            let sink = ChunkSink()
            let outcome = await ask(service, llmTestShop(), "kulaklık kablosuz mu", onChunk: sink.onChunk)
            #expect(sink.all.count == 4)
            #expect(sink.all.joined() == "Bu kulaklık kablosuzdur ve stokta var.")
            #expect(outcome.text == sink.all.joined())
            #expect(abs((outcome.cost ?? -1) - (200 * 1.0 + 40 * 2.0) / 1_000_000) < 1e-12)
            let request = try #require(fake.requests.first)
            if format == "openai" {
                #expect(request.body.contains("\"stream\":true"))
                #expect(request.body.contains("include_usage"))
            } else {
                #expect(request.path.hasSuffix(":streamGenerateContent?alt=sse"))
            }
        }
    }

    @Test func secondAskIsCachedWithoutUpstreamCall() async throws {
        let fake = FakeLLMProvider()
        fake.script([], otherwise: .answer("Önbellekten gelecek cevap."))
        try await fake.run { base in
            let service = makeTestLLM(llmTestEnvironment("openai", base))
            let shop = llmTestShop()
            let first = await ask(service, shop, "Garanti süresi ne kadar?")
            #expect(first.cached == false)
            let second = await ask(service, shop, "garanti süresi ne kadar")
            #expect(second.cached == true)
            #expect(second.text == "Önbellekten gelecek cevap.")
            #expect(second.cost == 0)
            #expect(fake.requestCount == 1)
            // A streamed hit still delivers the text.
            let sink = ChunkSink()
            let third = await ask(service, shop, "GARANTİ SÜRESİ NE KADAR", onChunk: sink.onChunk)
            #expect(third.cached && sink.all.joined() == "Önbellekten gelecek cevap.")
            #expect(fake.requestCount == 1)
            // use_cache: false goes upstream.
            let fresh = await ask(service, shop, "garanti süresi ne kadar", useCache: false)
            #expect(fresh.cached == false)
            #expect(fake.requestCount == 2)
            try await Task.sleep(for: .milliseconds(100))
            let stats = await service.cacheStats(businessIDs: [shop.id])[shop.id]
            #expect(stats?.entries == 1)
            #expect(stats?.hits == 2)
            #expect(stats?.misses == 1)
            #expect(await service.clearCache(businessID: shop.id) == 1)
            _ = await ask(service, shop, "garanti süresi ne kadar")
            #expect(fake.requestCount == 3)
        }
    }

    @Test func cacheIsNeverSharedAcrossBusinesses() async throws {
        let fake = FakeLLMProvider()
        fake.script([.answer("A mağazasının cevabı."), .answer("B mağazasının cevabı.")])
        try await fake.run { base in
            let service = makeTestLLM(llmTestEnvironment("openai", base))
            let a = await ask(service, llmTestShop("shop-a"), "iade nasıl yapılır")
            let b = await ask(service, llmTestShop("shop-b"), "iade nasıl yapılır")
            #expect(a.text == "A mağazasının cevabı.")
            #expect(b.text == "B mağazasının cevabı.")
            #expect(b.cached == false)
            #expect(fake.requestCount == 2)
        }
    }

    @Test func conversationContextChangesTheCacheKey() async throws {
        let fake = FakeLLMProvider()
        fake.script([], otherwise: .answer("Cevap."))
        try await fake.run { base in
            let service = makeTestLLM(llmTestEnvironment("openai", base))
            let shop = llmTestShop()
            _ = await ask(service, shop, "peki ya rengi")
            let other = await ask(service, shop, "peki ya rengi",
                                  history: [HistoryTurn(user: "telefon kılıfı", bot: "Şunlar var.", intent: .productSearch)])
            #expect(other.cached == false)
            #expect(fake.requestCount == 2)
        }
    }

    @Test func honoursRetryAfterOn429() async throws {
        let fake = FakeLLMProvider()
        fake.script([.status(429, retryAfter: "1"), .answer("Tekrar denedim.")])
        try await fake.run { base in
            let service = makeTestLLM(llmTestEnvironment("openai", base))
            let started = ContinuousClock.now
            let outcome = await ask(service, llmTestShop(), "soru bir")
            let elapsed = ContinuousClock.now - started
            #expect(outcome.text == "Tekrar denedim.")
            #expect(fake.requestCount == 2)
            #expect(elapsed >= .milliseconds(950), "waited \(elapsed), Retry-After said 1 s")
        }
    }

    @Test func noRetryStartsAfterTheDeadline() async throws {
        let fake = FakeLLMProvider()
        fake.script([], otherwise: .status(503, retryAfter: "1"))
        try await fake.run { base in
            let service = makeTestLLM(llmTestEnvironment("openai", base, extra: ["LLM_DEADLINE_SECONDS": "0.5"]))
            let started = ContinuousClock.now
            let outcome = await ask(service, llmTestShop(), "acil soru")
            #expect(outcome.reason != nil)
            #expect(fake.requestCount == 1, "a 1 s Retry-After does not fit a 0.5 s deadline")
            #expect(ContinuousClock.now - started < .milliseconds(900))
        }
    }

    @Test func retries503ThenSucceeds() async throws {
        let fake = FakeLLMProvider()
        fake.script([.status(503), .status(502), .answer("Üçüncüde oldu.")])
        try await fake.run { base in
            let service = makeTestLLM(llmTestEnvironment("gemini", base))
            let outcome = await ask(service, llmTestShop(), "soru iki")
            #expect(outcome.text == "Üçüncüde oldu.")
            #expect(fake.requestCount == 3)
        }
    }

    @Test func doesNotRetryClientErrors() async throws {
        let fake = FakeLLMProvider()
        fake.script([.status(400)], otherwise: .answer("olmamalı"))
        try await fake.run { base in
            let service = makeTestLLM(llmTestEnvironment("openai", base))
            let outcome = await ask(service, llmTestShop(), "soru")
            #expect(outcome.reason != nil)
            #expect(fake.requestCount == 1)
        }
    }

    @Test func timesOutAndGivesUp() async throws {
        let fake = FakeLLMProvider()
        fake.script([], otherwise: .delay(3, then: "geç"))
        try await fake.run { base in
            let service = makeTestLLM(llmTestEnvironment("openai", base, extra: ["LLM_TIMEOUT_SECONDS": "0.3", "LLM_MAX_ATTEMPTS": "2"]))
            let started = ContinuousClock.now
            let outcome = await ask(service, llmTestShop(), "yavaş soru")
            let elapsed = ContinuousClock.now - started
            #expect(outcome.reason?.contains("timeout") == true, "\(outcome)")
            #expect(fake.requestCount == 2)
            #expect(elapsed < .milliseconds(2000), "took \(elapsed)")
        }
    }

    @Test func malformedJSONFallsBackWithoutRetrying() async throws {
        let fake = FakeLLMProvider()
        fake.script([.malformed], otherwise: .answer("olmamalı"))
        try await fake.run { base in
            let service = makeTestLLM(llmTestEnvironment("openai", base))
            let outcome = await ask(service, llmTestShop(), "bozuk cevap")
            #expect(outcome.reason?.contains("malformed") == true, "\(outcome)")
            #expect(fake.requestCount == 1)
        }
    }

    @Test(arguments: ["openai", "gemini"])
    func streamCutMidwayIsReportedNotRetried(format: String) async throws {
        let fake = FakeLLMProvider()
        fake.script([.cut("Yarım kalan bir cevap metni")], otherwise: .answer("olmamalı"))
        try await fake.run { base in
            let service = makeTestLLM(llmTestEnvironment(format, base))
            let sink = ChunkSink()
            let outcome = await ask(service, llmTestShop(), "kesik akış", onChunk: sink.onChunk)
            #expect(outcome.reason == "stream interrupted", "\(outcome)")
            #expect(!sink.all.isEmpty)
            #expect(fake.requestCount == 1)
            // Nothing half-said is cached.
            fake.script([.answer("Tam cevap.")])
            let again = await ask(service, llmTestShop(), "kesik akış")
            #expect(again.text == "Tam cevap.")
        }
    }

    @Test func breakerOpensThenClosesAfterCooldown() async throws {
        let fake = FakeLLMProvider()
        fake.script([], otherwise: .status(500))
        try await fake.run { base in
            let service = makeTestLLM(llmTestEnvironment("openai", base, extra: [
                "LLM_MAX_ATTEMPTS": "2", "LLM_BREAKER_THRESHOLD": "3", "LLM_BREAKER_COOLDOWN_SECONDS": "0.5",
            ]))
            let shop = llmTestShop()
            _ = await ask(service, shop, "bir")   // 2 failures
            _ = await ask(service, shop, "iki")   // third failure opens the breaker
            #expect(service.providers[0].breaker.state == .open)
            let countWhenOpened = fake.requestCount
            #expect(countWhenOpened == 3)
            let skipped = await ask(service, shop, "üç")
            #expect(skipped.reason?.contains("circuit open") == true, "\(skipped)")
            #expect(fake.requestCount == countWhenOpened)
            #expect(await service.health()["status"] == "degraded")

            try await Task.sleep(for: .milliseconds(600))
            fake.script([], otherwise: .answer("Düzeldi."))
            let recovered = await ask(service, shop, "dört")
            #expect(recovered.text == "Düzeldi.")
            #expect(service.providers[0].breaker.state == .closed)
        }
    }

    @Test func fallsBackToTheSecondProvider() async throws {
        let primary = FakeLLMProvider()
        primary.script([], otherwise: .status(503))
        let secondary = FakeLLMProvider()
        secondary.script([.answer("Yedek sağlayıcıdan.", input: 10, output: 10)])
        try await primary.run { primaryBase in
            try await secondary.run { secondaryBase in
                let env = llmTestEnvironment("openai", primaryBase, extra: [
                    "LLM_FALLBACK_PROVIDER": "gemini", "LLM_FALLBACK_BASE_URL": secondaryBase,
                    "LLM_FALLBACK_API_KEY": "k2", "LLM_FALLBACK_MODEL": "gemini-2.0-flash", "LLM_MAX_ATTEMPTS": "2",
                ])
                let service = makeTestLLM(env)
                let outcome = await ask(service, llmTestShop(), "yedek")
                #expect(outcome.text == "Yedek sağlayıcıdan.")
                #expect(primary.requestCount == 2)
                #expect(secondary.requestCount == 1)
                #expect(secondary.requests.first?.path.contains("gemini-2.0-flash:generateContent") == true)
                // gemini-2.0-flash list price (loopback URLs are priced only from configuration).
                #expect((outcome.cost ?? -1) >= 0)
            }
        }
    }

    @Test func budgetReachedStopsCallsAndAlerts() async throws {
        let fake = FakeLLMProvider()
        fake.script([], otherwise: .answer("Pahalı cevap.", input: 850_000, output: 0))
        try await fake.run { base in
            let logs = CapturedLogs()
            let store = MemoryStore()
            let service = makeTestLLM(llmTestEnvironment("openai", base), store: store, logger: logs.logger)
            let shop = llmTestShop(daily: 1.0, monthly: 30)
            let first = await ask(service, shop, "birinci", useCache: false)   // $0.85: alert at 80 %
            #expect(abs((first.cost ?? 0) - 0.85) < 1e-9)
            #expect(logs.text.contains("budget at 80 %"))
            let second = await ask(service, shop, "ikinci", useCache: false)  // $1.70: over the budget
            #expect(second.text != nil)
            #expect(logs.text.contains("budget reached"))
            let third = await ask(service, shop, "üçüncü", useCache: false)
            #expect(third.reason == "daily LLM budget reached")
            #expect(fake.requestCount == 2)
            let report = await service.costReport(shops: [shop])
            #expect(abs(report[0].todayUSD - 1.7) < 1e-9)
            #expect(abs(report[0].monthUSD - 1.7) < 1e-9)
            #expect(report[0].calls == 2)
            #expect(report[0].dailyBudgetUSD == 1.0)
        }
    }

    @Test func personalDataNeverLeavesTheServerOrReachesLogs() async throws {
        let secrets = ["10000000146", "TR330006100519786457841326", "4111 1111 1111 1111", "0532 123 45 67", "ali.veli@example.com"]
        let fake = FakeLLMProvider()
        fake.script([.status(500), .answer("Tamam.")])
        try await fake.run { base in
            let logs = CapturedLogs()
            let service = makeTestLLM(llmTestEnvironment("openai", base), logger: logs.logger)
            let question = "TC kimlik no \(secrets[0]), IBAN \(secrets[1]), kart \(secrets[2]), tel \(secrets[3]), mail \(secrets[4]) iade yapar mısınız"
            let history = [HistoryTurn(user: "numaram \(secrets[3])", bot: "Teşekkürler.", intent: .unknown)]
            let outcome = await ask(service, llmTestShop(), question, history: history)
            #expect(outcome.text == "Tamam.")
            #expect(fake.requestCount == 2)
            for request in fake.requests {
                for secret in secrets { #expect(!request.body.contains(secret), "\(secret) went upstream") }
                #expect(request.body.contains("[TCKN]") && request.body.contains("[IBAN]") && request.body.contains("[E-POSTA]"))
            }
            #expect(!logs.all.isEmpty)
            for secret in secrets { #expect(!logs.text.contains(secret), "\(secret) was logged") }
        }
    }

    @Test func clientDisconnectCancelsTheUpstreamRequest() async throws {
        let fake = FakeLLMProvider()
        fake.script([.endless])
        try await fake.run { base in
            let service = makeTestLLM(llmTestEnvironment("openai", base, extra: ["LLM_TIMEOUT_SECONDS": "30"]))
            let sink = ChunkSink()
            let task = Task { await ask(service, llmTestShop(), "uzun cevap", onChunk: sink.onChunk) }
            while sink.all.count < 3 { try await Task.sleep(for: .milliseconds(10)) }
            let cancelledAt = ContinuousClock.now
            task.cancel()
            let outcome = await task.value
            #expect(outcome.reason == "cancelled", "\(outcome)")
            #expect(ContinuousClock.now - cancelledAt < .seconds(2))
            var waited = 0
            while fake.disconnectedAt == nil && waited < 300 { try await Task.sleep(for: .milliseconds(10)); waited += 1 }
            let disconnected = try #require(fake.disconnectedAt, "the provider never saw the connection close")
            #expect(disconnected - cancelledAt < .seconds(2))
        }
    }

    @Test func disabledOrUnconfiguredGivesNoAnswer() async throws {
        #expect(makeLLM(environment: [:], store: MemoryStore(), logger: Logger(label: "t")) is NoLLM)
        #expect(makeLLM(environment: ["LLM_PROVIDER": "openai", "LLM_BASE_URL": "https://api.example.com"],
                        store: MemoryStore(), logger: Logger(label: "t")) is NoLLM)
        let service = makeTestLLM(llmTestEnvironment("openai", "http://127.0.0.1:9"))
        var config = llmTestShop().config
        config.llm.enabled = false
        let shop = Shop(config: config, catalogue: Catalogue(businessID: config.businessID, products: []))
        #expect(await ask(service, shop, "soru").reason == "LLM disabled for this business")
        #expect(llmFallbackAnswer(shop: shop).contains("0850 555 12 34"))
        #expect(llmFallbackAnswer(shop: shop).contains("destek@test.com.tr"))
    }
}
