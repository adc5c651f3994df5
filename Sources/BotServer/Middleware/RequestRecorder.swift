import Hummingbird
import Logging

/// One structured log line and the request metrics for every request, with the final status.
struct RequestRecorder: Sendable {
    typealias Context = BotRequestContext
    let metrics: BotMetrics
    let logger: Logger

    func record(_ request: Request, context: Context, status: Int, start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let nanos = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        // The matched route pattern, never the raw path: keeps metric labels bounded.
        let route = context.endpointPath ?? "NotFound"
        metrics.request(method: request.method.rawValue, route: route, status: status, nanoseconds: nanos)
        let level: Logger.Level = status >= 500 ? .error : .info
        if logger.logLevel <= level {
            logger.log(level: level, "request", metadata: [
                "request_id": .string(context.requestID),
                "method": .string(request.method.rawValue),
                "path": .string(request.uri.path),
                "route": .string(route),
                "status": .stringConvertible(status),
                "duration_ms": .stringConvertible(Double(nanos / 1000) / 1000),
                "client": .string(context.peerAddress ?? "-"),
            ])
        }
    }
}
