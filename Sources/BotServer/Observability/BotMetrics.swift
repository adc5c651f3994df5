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

    private let requestHandles = Mutex<[RequestKey: (CoreMetrics.Counter, CoreMetrics.Timer)]>([:])

    private struct CounterKey: Hashable {
        var name: String
        var labels: [String]
    }

    private struct RequestKey: Hashable {
        var method: String
        var route: String
        var status: Int
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
    private static func handle<Handle>(in cache: borrowing Mutex<[CounterKey: Handle]>, _ name: String,
                                       _ dimensions: [(String, String)], make: () -> Handle) -> Handle {
        let key = CounterKey(name: name, labels: dimensions.map(\.1))
        return cache.withLock { cache in
            if let existing = cache[key] { return existing }
            let made = make()
            cache[key] = made
            return made
        }
    }

    /// One HTTP request answered: count and latency by route and status.
    func request(method: String, route: String, status: Int, nanoseconds: Int64) {
        // Every request records here: one lookup by plain values finds both handles.
        let key = RequestKey(method: method, route: route, status: status)
        let handles = requestHandles.withLock { $0[key] } ?? {
            let code = String(status)
            let made = (counter("http_requests_total", [("method", method), ("route", route), ("status", code)]),
                        timer("http_request_duration_seconds", [("route", route), ("status", code)]))
            requestHandles.withLock { $0[key] = made }
            return made
        }()
        handles.0.increment()
        handles.1.recordNanoseconds(nanoseconds)
    }

    /// One bot answer: by business, intent and method.
    func answer(business: String, intent: String, method: String) {
        counter("bot_answers_total", [("business", business), ("intent", intent), ("method", method)]).increment()
    }

    /// A conversation started (no session id sent, or an unknown or expired one).
    func sessionStarted(business: String) {
        counter("bot_sessions_started_total", [("business", business)]).increment()
    }

    /// A conversation continued from the store.
    func sessionResumed(business: String) {
        counter("bot_sessions_resumed_total", [("business", business)]).increment()
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
