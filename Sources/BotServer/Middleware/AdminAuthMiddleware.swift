import Hummingbird

/// Guards `/admin/*`: `Authorization: Bearer $ADMIN_TOKEN`. Missing token 401, wrong token 403,
/// and 403 for every admin route when the server runs without `ADMIN_TOKEN`.
struct AdminAuthMiddleware: RouterMiddleware {
    typealias Context = BotRequestContext
    let token: String?

    @concurrent func handle(_ request: Request, context: Context, next: @concurrent (Request, Context) async throws -> Response) async throws -> Response {
        guard let token else { throw APIError.adminDisabled }
        guard let header = request.headers[.authorization] else { throw APIError.adminTokenMissing }
        let prefix = "Bearer "
        guard header.count > prefix.count, header.prefix(prefix.count).lowercased() == prefix.lowercased() else {
            throw APIError.adminTokenMissing
        }
        guard Self.constantTimeEqual(String(header.dropFirst(prefix.count)), token) else { throw APIError.adminTokenWrong }
        return try await next(request, context)
    }

    /// Compares without an early exit so the time taken does not reveal how much of a guess matched.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var diff = UInt8(truncatingIfNeeded: x.count ^ y.count)
        for i in 0..<max(x.count, y.count) {
            diff |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return diff == 0
    }
}
