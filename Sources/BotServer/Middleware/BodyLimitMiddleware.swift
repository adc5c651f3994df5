import Hummingbird

/// Refuses bodies over the limit from their `Content-Length` before reading a byte; routes read
/// bodies with the same limit, which catches chunked uploads while they stream.
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = BotRequestContext
    let limit: Int

    @concurrent func handle(_ request: Request, context: Context, next: @concurrent (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            var response = APIError.tooLarge(limit: limit).response(requestID: context.requestID)
            // The rest of the upload is not read: close rather than drain it.
            response.headers[.connection] = "close"
            return response
        }
        return try await next(request, context)
    }
}
