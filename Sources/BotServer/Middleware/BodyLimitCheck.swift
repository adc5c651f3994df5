import Hummingbird

extension BodyLimit {
    /// Refuses a body over the limit from its `Content-Length` before reading a byte; routes read
    /// bodies with the same limit, which catches chunked uploads while they stream.
    static func refusal(for request: Request, context: BotRequestContext) -> Response? {
        guard let length = request.headers[.contentLength].flatMap({ Int($0) }), length > bytes else { return nil }
        var response = APIError.tooLarge(limit: bytes).response(requestID: context.requestID)
        // The rest of the upload is not read: close rather than drain it.
        response.headers[.connection] = "close"
        return response
    }
}
