import Hummingbird

/// `POST /bench/echo` (only with `BENCH_ECHO=1`): echoes the body through the same middleware as the
/// bot, the baseline the HTTP benchmark compares `/web_bot` with.
struct BenchRoutes: Sendable {
    func register(on router: Router<BotRequestContext>) {
        router.post("/bench/echo") { request, _ in
            let body = try await request.body.collect(upTo: BodyLimit.bytes)
            var headers: HTTPFields = [:]
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
        }
    }
}
