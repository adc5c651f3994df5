import HTTPTypes
import Hummingbird

/// Gives every request an id (the caller's `X-Request-ID` when it is sane, else a fresh one) and
/// echoes it in the `X-Request-ID` response header.
struct RequestIDMiddleware: RouterMiddleware {
    typealias Context = BotRequestContext

    @concurrent func handle(_ request: Request, context: Context, next: @concurrent (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let sent = request.headers[.xRequestID], Self.isSane(sent) {
            context.requestID = sent
        } else {
            context.requestID = RequestID().description
        }
        var response = try await next(request, context)
        response.headers[.xRequestID] = context.requestID
        return response
    }

    /// Caller ids end up in logs and answers: short and plain only.
    static func isSane(_ id: String) -> Bool {
        let utf8 = id.utf8
        return !utf8.isEmpty && utf8.count <= 128 && utf8.allSatisfy { c in
            (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 45 || c == 95 || c == 46
        }
    }
}

extension HTTPField.Name {
    static let xRequestID = HTTPField.Name("X-Request-ID")!
}
