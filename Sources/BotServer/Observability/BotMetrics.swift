import CoreMetrics
import Foundation
import Prometheus
import Synchronization

/// The server's Prometheus metrics. Handles are created once per label set and cached, so recording
/// on the request path is a dictionary lookup and an atomic add.
final class BotMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    private let counters = Mutex<[CounterKey: CoreMetrics.Counter]>([:])
    private let timers = Mutex<[CounterKey: CoreMetrics.Timer]>([:])

    // Handles of the metrics every request records, found by plain values (no label arrays built).
    private let requestHandles = Mutex<[RequestKey: (CoreMetrics.Counter, CoreMetrics.Timer)]>([:])
    private let answerHandles = Mutex<[AnswerKey: CoreMetrics.Counter]>([:])
    private let sessionHandles = Mutex<[SessionKey: CoreMetrics.Counter]>([:])

    private struct CounterKey: Hashable {
        var name: String
        var labels: [String]
    }

    private struct RequestKey: Hashable {
        var method: String
        var route: String
        var status: Int
    }

    private struct AnswerKey: Hashable {
        var business: String
        var intent: String
        var method: String
    }

    private struct SessionKey: Hashable {
        var business: String
        var resumed: Bool
    }

    init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        // Bot answers take well under a millisecond; the default buckets start at 5 ms.
        factory.durationHistogramBuckets["http_request_duration_seconds"] = [
            .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5),
            .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
            .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10), .seconds(30),
        ]
        self.factory = factory
    }

    private func counter(_ name: String, _ dimensions: [(String, String)]) -> CoreMetrics.Counter {
        Self.handle(in: counters, name, dimensions) { CoreMetrics.Counter(label: name, dimensions: dimensions, factory: factory) }
    }

    private func timer(_ name: String, _ dimensions: [(String, String)]) -> CoreMetrics.Timer {
        Self.handle(in: timers, name, dimensions) { CoreMetrics.Timer(label: name, dimensions: dimensions, factory: factory) }
    }

    /// The handle for one label set, made on first use.
    private static func handle<Handle: Sendable>(in cache: borrowing Mutex<[CounterKey: Handle]>, _ name: String,
                                                 _ dimensions: [(String, String)], make: () -> Handle) -> Handle {
        cached(in: cache, CounterKey(name: name, labels: dimensions.map(\.1)), make: make)
    }

    /// The handle for `key`, made on first use. Two requests making the same handle at once get equal
    /// handles: the factory gives both the same metric.
    private static func cached<Key: Hashable & Sendable, Handle: Sendable>(
        in cache: borrowing Mutex<[Key: Handle]>, _ key: Key, make: () -> Handle
    ) -> Handle {
        if let existing = cache.withLock({ $0[key] }) { return existing }
        let made = make()
        cache.withLock { $0[key] = made }
        return made
    }

    /// One HTTP request answered: count and latency by route and status.
    func request(method: String, route: String, status: Int, nanoseconds: Int64) {
        // Every request records here: one lookup by plain values finds both handles.
        let handles = Self.cached(in: requestHandles, RequestKey(method: method, route: route, status: status)) {
            let code = String(status)
            return (counter("http_requests_total", [("method", method), ("route", route), ("status", code)]),
                    timer("http_request_duration_seconds", [("route", route), ("status", code)]))
        }
        handles.0.increment()
        handles.1.recordNanoseconds(nanoseconds)
    }

    /// One bot answer: by business, intent and method.
    func answer(business: String, intent: String, method: String) {
        Self.cached(in: answerHandles, AnswerKey(business: business, intent: intent, method: method)) {
            counter("bot_answers_total", [("business", business), ("intent", intent), ("method", method)])
        }.increment()
    }

    /// A conversation started (no session id sent, or an unknown or expired one).
    func sessionStarted(business: String) {
        Self.cached(in: sessionHandles, SessionKey(business: business, resumed: false)) {
            counter("bot_sessions_started_total", [("business", business)])
        }.increment()
    }

    /// A conversation continued from the store.
    func sessionResumed(business: String) {
        Self.cached(in: sessionHandles, SessionKey(business: business, resumed: true)) {
            counter("bot_sessions_resumed_total", [("business", business)])
        }.increment()
    }

    /// A store call failed and the request went on without it.
    func storeError(operation: String) {
        counter("bot_store_errors_total", [("operation", operation)]).increment()
    }

    /// A request refused by a rate limit.
    func rateLimited(scope: String) {
        counter("bot_rate_limited_total", [("scope", scope)]).increment()
    }

    /// A catalogue reload (admin or file change) and its outcome.
    func catalogueReload(business: String, ok: Bool) {
        counter("bot_catalogue_reloads_total", [("business", business), ("result", ok ? "ok" : "error")]).increment()
    }

    /// The Prometheus text exposition of every metric.
    func exposition() -> [UInt8] { registry.emitToBuffer() }
}
