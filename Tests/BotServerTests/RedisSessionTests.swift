import Commerce
import Foundation
import Hummingbird
import HummingbirdTesting
import IntentEngine
import Logging
import Testing
@testable import BotServer

/// Conversations kept in Redis through the real app: restarts and a second instance continue them,
/// and a Redis outage during traffic costs no request.
@Suite(.serialized, .disabled(if: !FileManager.default.isExecutableFile(atPath: "/usr/bin/redis-server"), "no redis-server installed"))
struct RedisSessionTests {
    /// The saved conversation of `session`, read straight from Redis.
    private func savedState(_ redis: RedisTestServer, business: String, session: String) async throws -> ConversationState? {
        let direct = RedisStore(url: try #require(RedisURL(redis.url)))
        guard let raw = try await direct.get("session:\(business):\(session)") else { return nil }
        return ConversationState(storeText: raw)
    }

    private func app(_ data: TestData, _ redis: RedisTestServer) throws -> TestApp {
        try TestApp(data: data, store: makeKeyValueStore(redisURL: redis.url, logger: quietLogger))
    }

    @Test func twoInstancesAndARestartContinueOneConversation() async throws {
        let redis = try #require(try RedisTestServer.start())
        let data = try TestData.make(tinyPerMinute: 100)
        let first = try app(data, redis)
        let (session, shown) = try await first.app.test(.router) { client in
            let (response, body) = try await client.ask("kulaklık", business: "tiny")
            #expect(response.status == .ok)
            let session = try #require(body["session_id"] as? String)
            return (session, (body["products"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        }
        #expect(shown.count >= 2)
        #expect(try await savedState(redis, business: "tiny", session: session)?.turns == 1)

        // A second instance (its own store, same Redis) picks the conversation up.
        let second = try app(data, redis)
        try await second.app.test(.router) { client in
            let (response, body) = try await client.ask("ikincisinin fiyatı ne kadar", business: "tiny", session: session)
            #expect(response.status == .ok)
            #expect(body["session_id"] as? String == session)
            let focus = (body["products"] as? [[String: Any]])?.first?["id"] as? String
            #expect(focus == shown[1], "the ordinal must resolve against the list the first instance showed")
        }
        #expect(try await savedState(redis, business: "tiny", session: session)?.turns == 2)

        // A restarted instance (new services, new store) continues it too.
        let restarted = try app(data, redis)
        try await restarted.app.test(.router) { client in
            let (response, _) = try await client.ask("teşekkürler", business: "tiny", session: session)
            #expect(response.status == .ok)
        }
        #expect(try await savedState(redis, business: "tiny", session: session)?.turns == 3)
    }

    @Test func redisStoppingDuringTrafficCostsNoRequestAndItsReturnIsUsed() async throws {
        let redis = try #require(try RedisTestServer.start())
        let data = try TestData.make(tinyPerMinute: 1000)
        let store = makeKeyValueStore(redisURL: redis.url, logger: quietLogger)
        let failover = try #require(store as? FailoverStore)
        let instance = try TestApp(data: data, store: store)
        try await instance.app.test(.router) { client in
            var statuses: [HTTPResponse.Status] = []
            for i in 0..<60 {
                if i == 20 { redis.kill() }
                let (response, _) = try await client.ask(i % 2 == 0 ? "kulaklık" : "kargo ne kadar", business: "tiny")
                statuses.append(response.status)
            }
            #expect(statuses.allSatisfy { $0 == .ok }, "\(statuses)")
            #expect(failover.primaryIsUp == false)

            try redis.launch()
            var waited = 0
            while !failover.primaryIsUp && waited < 100 { try await Task.sleep(for: .milliseconds(100)); waited += 1 }
            #expect(failover.primaryIsUp)
            let (response, body) = try await client.ask("kulaklık", business: "tiny")
            #expect(response.status == .ok)
            let session = try #require(body["session_id"] as? String)
            #expect(try await savedState(redis, business: "tiny", session: session) != nil, "new sessions go to Redis again")
        }
    }

    @Test func twoAppsShareTheLLMCacheAndCostsThroughRedis() async throws {
        let redis = try #require(try RedisTestServer.start())
        let data = try TestData.make()
        try data.write("businesses/llmshop.json", TestData.tinyConfig(perMinute: 100)
            .replacingOccurrences(of: "\"tiny\"", with: "\"llmshop\"")
            .replacingOccurrences(of: "\"llm\": {\"enabled\": false", with: "\"llm\": {\"enabled\": true"))
        try data.write("products/llmshop.json", TestData.tinyCatalogue(count: 3).replacingOccurrences(of: "\"tiny\"", with: "\"llmshop\""))
        let fake = FakeLLMProvider()
        fake.script([], otherwise: .answer("Ürünlerimiz farklı ülkelerde üretilir.", input: 1000, output: 1000))
        try await fake.run { base in
            let env = llmTestEnvironment("openai", base)
            func instance() throws -> TestApp {
                let store = makeKeyValueStore(redisURL: redis.url, logger: quietLogger)
                return try TestApp(data: data, llm: makeTestLLM(env, store: store), store: store)
            }
            struct Answer: Sendable { var method: String?; var cached: Bool?; var cost: Double?; var answer: String?; var raw: String }
            // Questions no shop data answers, so the engine hands them to the LLM.
            let candidates = ["zxqv wpkj", "Hediye paketi yapıyor musunuz?", "Ürünleriniz hangi ülkede üretiliyor acaba?"]
            let ask: @Sendable (String, any TestClientProtocol) async throws -> Answer = { question, client in
                let (_, json) = try await client.ask(question, business: "llmshop")
                return Answer(method: json["method"] as? String, cached: json["cached"] as? Bool,
                              cost: json["cost"] as? Double, answer: json["answer"] as? String, raw: "\(json)")
            }
            let firstApp = try instance()
            let found = try await firstApp.app.test(.router) { client -> (String, Answer)? in
                for question in candidates {
                    let answer = try await ask(question, client)
                    if answer.method == "llm" { return (question, answer) }
                }
                return nil
            }
            let (question, first) = try #require(found, "the engine answered every candidate from data")
            #expect(first.cached == false)
            #expect(abs((first.cost ?? 0) - 0.003) < 1e-9)
            let second = try await instance().app.test(.router) { client in try await ask(question, client) }
            #expect(second.cached == true)
            #expect(second.answer == "Ürünlerimiz farklı ülkelerde üretilir.")
            #expect(fake.requestCount == 1)
            let report = await makeTestLLM(env, store: makeKeyValueStore(redisURL: redis.url, logger: quietLogger))
                .costReport(shops: [try ShopLoader.load(businessID: "llmshop", dataDirectory: data.directory)])
            #expect(abs(report[0].todayUSD - 0.003) < 1e-9)
        }
    }
}
