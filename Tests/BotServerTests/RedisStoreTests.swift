import Commerce
import Foundation
import IntentEngine
import Logging
import Synchronization
import Testing
@testable import BotServer

private let redisBinaryMissing = !FileManager.default.isExecutableFile(atPath: "/usr/bin/redis-server")
    && ProcessInfo.processInfo.environment["TEST_REDIS_URL"] == nil

@Suite(.serialized, .disabled(if: redisBinaryMissing, "no redis-server installed and TEST_REDIS_URL unset"))
struct RedisStoreTests {
    @Test func storeBasics() async throws {
        let (url, server) = try #require(try testRedisURL())
        defer { withExtendedLifetime(server) {} }
        let store = RedisStore(url: try #require(RedisURL(url)))
        let ns = "test:\(UUID().uuidString):"
        #expect(await store.ping())
        #expect(try await store.get(ns + "missing") == nil)
        try await store.set(ns + "a", value: "değer \"tırnaklı\" \n satır", ttl: nil)
        #expect(try await store.get(ns + "a") == "değer \"tırnaklı\" \n satır")
        try await store.set(ns + "short", value: "x", ttl: 1)
        #expect(try await store.get(ns + "short") == "x")
        #expect(try await store.increment(ns + "n", by: 2, ttl: 60) == 2)
        #expect(try await store.increment(ns + "n", by: 5, ttl: 60) == 7)
        let ttl = try await store.command(["TTL", ns + "n"])
        #expect(ttl.text.flatMap(Int.init).map { $0 > 0 && $0 <= 60 } == true)
        #expect(try await store.incrementFloat(ns + "f", by: 0.25, ttl: nil) == 0.25)
        #expect(abs(try await store.incrementFloat(ns + "f", by: 0.5, ttl: nil) - 0.75) < 1e-12)
        #expect(try await store.command(["TTL", ns + "f"]) == .integer(-1))
        #expect(Set(try await store.keys(prefix: ns)) == [ns + "a", ns + "short", ns + "n", ns + "f"])
        // Glob characters in a prefix match literally.
        #expect(try await store.keys(prefix: ns + "*").isEmpty)
        try await store.delete(ns + "a")
        #expect(try await store.get(ns + "a") == nil)
        try await Task.sleep(for: .milliseconds(1100))
        #expect(try await store.get(ns + "short") == nil)
        #expect(try await store.deleteAll(prefix: ns) == 2)
        #expect(try await store.keys(prefix: ns).isEmpty)
    }

    @Test func parsesRedisURLs() {
        let url = RedisURL("redis://:secret@example.com:6380/2")
        #expect(url == RedisURL(host: "example.com", port: 6380, password: "secret", database: 2))
        #expect(RedisURL("redis://app:pw@h:1/0") == RedisURL(host: "h", port: 1, username: "app", password: "pw"))
        #expect(RedisURL("redis://pw@h")?.password == "pw")
        #expect(RedisURL("redis://127.0.0.1")?.port == 6379)
        #expect(RedisURL("http://x") == nil)
        #expect(url?.description.contains("secret") == false)
    }

    @Test func concurrentIncrementsAreAtomic() async throws {
        let (url, server) = try #require(try testRedisURL())
        defer { withExtendedLifetime(server) {} }
        let store = RedisStore(url: try #require(RedisURL(url)))
        let key = "test:\(UUID().uuidString):counter"
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<200 { group.addTask { _ = try await store.increment(key, by: 1, ttl: 60) } }
            try await group.waitForAll()
        }
        #expect(try await store.get(key) == "200")
        try await store.delete(key)
    }

    @Test func outageFallsBackToMemoryAndRecovers() async throws {
        let server = try #require(try RedisTestServer.start())
        let logs = CapturedLogs()
        let store = makeKeyValueStore(redisURL: server.url, logger: logs.logger)
        let failover = try #require(store as? FailoverStore)
        try await store.set("k", value: "redis", ttl: nil)
        #expect(try await store.get("k") == "redis")

        server.kill()
        // Traffic during the outage: no call fails.
        var errors = 0
        for i in 0..<200 {
            do {
                try await store.set("s\(i)", value: "v", ttl: 60)
                _ = try await store.get("s\(i)")
                _ = try await store.increment("rate", by: 1, ttl: 60)
            } catch { errors += 1 }
        }
        #expect(errors == 0)
        #expect(failover.primaryIsUp == false)
        #expect(await store.ping() == false)
        #expect(logs.text.contains("unavailable"))

        try server.launch()
        var waited = 0
        while !failover.primaryIsUp && waited < 100 { try await Task.sleep(for: .milliseconds(100)); waited += 1 }
        #expect(failover.primaryIsUp, "the store never went back to Redis")
        try await store.set("after", value: "back", ttl: nil)
        let direct = RedisStore(url: try #require(RedisURL(server.url)))
        #expect(try await direct.get("after") == "back")
        #expect(await store.ping())
    }

    @Test func twoInstancesShareTheCacheAndTheCostCounters() async throws {
        let (url, server) = try #require(try testRedisURL())
        defer { withExtendedLifetime(server) {} }
        let fake = FakeLLMProvider()
        fake.script([], otherwise: .answer("Paylaşılan cevap.", input: 1000, output: 1000))
        try await fake.run { base in
            let env = llmTestEnvironment("openai", base)
            let one = makeTestLLM(env, store: makeKeyValueStore(redisURL: url, logger: quietLogger))
            let two = makeTestLLM(env, store: makeKeyValueStore(redisURL: url, logger: quietLogger))
            // Two loads of the same files: different `version`s, same content.
            let shopID = "shared-\(UUID().uuidString.prefix(8))"
            let shopOne = llmTestShop(shopID, daily: 100)
            let shopTwo = llmTestShop(shopID, daily: 100)
            let first = await ask(one, shopOne, "paylaşım sorusu")
            #expect(first.cached == false)
            let second = await ask(two, shopTwo, "paylaşım sorusu")
            #expect(second.cached == true)
            #expect(fake.requestCount == 1)
            _ = await ask(two, shopTwo, "başka bir soru")
            let reportFromOne = await one.costReport(shops: [shopOne])[0]
            #expect(abs(reportFromOne.todayUSD - 0.006) < 1e-9)
            #expect(reportFromOne.calls == 2)
            #expect(await one.clearCache(businessID: shopID) == 2)
        }
    }

    @Test func redisOutageLeavesTheBotAnswering() async throws {
        let server = try #require(try RedisTestServer.start())
        let fake = FakeLLMProvider()
        fake.script([], otherwise: .answer("Redis yokken de cevap."))
        try await fake.run { base in
            let service = makeTestLLM(llmTestEnvironment("gemini", base),
                                      store: makeKeyValueStore(redisURL: server.url, logger: quietLogger))
            let shop = llmTestShop(daily: 5)
            #expect(await ask(service, shop, "birinci soru").text == "Redis yokken de cevap.")
            server.kill()
            #expect(await ask(service, shop, "ikinci soru").text == "Redis yokken de cevap.")
            #expect(await ask(service, shop, "ikinci soru").cached == true)   // the in-process cache took over
        }
    }
}

@Suite struct RedisMemoryFallbackTests {
    @Test func memoryStoreHonoursTTLAndStaysBounded() async throws {
        let store = MemoryStore(maxEntries: 100)
        try await store.set("a", value: "1", ttl: 1)
        #expect(try await store.increment("n", by: 3, ttl: 60) == 3)
        #expect(try await store.increment("n", by: 3, ttl: 60) == 6)
        #expect(try await store.incrementFloat("f", by: 0.5, ttl: nil) == 0.5)
        try await Task.sleep(for: .milliseconds(1100))
        #expect(try await store.get("a") == nil)
        #expect(try await store.keys(prefix: "").sorted() == ["f", "n"])
        for i in 0..<500 { try await store.set("k\(i)", value: "v", ttl: 600) }
        #expect(store.count <= 101)
        #expect(try await store.get("f") == "0.5")   // keys without expiry are dropped last
    }

    @Test func memoryStoreKeepsConversationsAsTheyAreAndShowsThemAsText() async throws {
        let store = MemoryStore()
        let state = ConversationState(turns: 2, lastActive: Date(), history: [HistoryTurn(user: "kulaklık", bot: "Şunlar var.", intent: .productSearch)])
        store.setConversation("session:s:1", state, ttl: 1)
        guard case .state(let kept)? = store.conversation("session:s:1") else { Issue.record("not kept as a state"); return }
        #expect(kept.storeText() == state.storeText())
        // Other readers (admin, a later Redis) see the same compact text a remote store would hold.
        #expect(try await store.get("session:s:1") == state.storeText())
        try await store.set("session:s:2", value: "cs1|text", ttl: 60)
        guard case .text("cs1|text")? = store.conversation("session:s:2") else { Issue.record("text entry changed"); return }
        try await Task.sleep(for: .milliseconds(1100))
        #expect(store.conversation("session:s:1") == nil)
    }

    @Test func memoryStoreCountsRequestsAsNumbersThatReadAsText() async throws {
        let store = MemoryStore()
        #expect(store.countOne("rl:a", ttl: 1) == 1)
        #expect(store.countOne("rl:a", ttl: 1) == 2)
        #expect(try await store.get("rl:a") == "2")
        // A counter written as text (by `increment` or an older version) goes on from its value.
        #expect(try await store.increment("rl:a", by: 3, ttl: 1) == 5)
        try await store.set("rl:b", value: "7", ttl: 60)
        #expect(store.countOne("rl:b", ttl: 60) == 8)
        #expect(try await store.increment("rl:b", by: 1, ttl: 60) == 9)
        // The window's expiry is kept by each count, and an expired counter starts again.
        try await Task.sleep(for: .milliseconds(1100))
        #expect(try await store.get("rl:a") == nil)
        #expect(store.countOne("rl:a", ttl: 1) == 1)
    }
}
