import Hummingbird

/// `GET /metrics`: Prometheus text exposition.
struct MetricsRoutes: Sendable {
    let metrics: BotMetrics

    func register(on router: Router<BotRequestContext>) {
        router.get("/metrics") { _, _ in
            var headers: HTTPFields = [:]
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: metrics.exposition())))
        }
    }
}
