import HTTPTypes
import Hummingbird

/// What every request passes, from the outside in: its id, the log line and metrics that see the
/// final status, security headers, CORS preflights, the error mapping and the body limit.
///
/// One middleware calling plain steps rather than a middleware per step: with Swift concurrency on
/// NIO's event loops each middleware layer costs about five executor switches per request (each a
/// trip through the loop's task queue), which made the six layers about a tenth of an answer's CPU.
struct EdgeMiddleware: RouterMiddleware {
    typealias Context = BotRequestContext
    let recorder: RequestRecorder
    let preflight: CORSPreflight
    let errors: ErrorMapping

    @concurrent func handle(_ request: Request, context: Context, next: @concurrent (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.requestID = RequestIDs.id(for: request)
        let start = ContinuousClock.now
        var response: Response
        if let early = preflight.answer(request, context: context) ?? BodyLimit.refusal(for: request, context: context) {
            response = early
        } else {
            do {
                response = try await next(request, context)
            } catch {
                response = errors.response(for: error, to: request, context: context)
            }
        }
        SecurityHeaders.apply(to: &response)
        if response.headers.contains(.xRequestID) {
            response.headers[.xRequestID] = context.requestID
        } else {
            response.headers.append(HTTPField(name: .xRequestID, value: context.requestID))
        }
        recorder.record(request, context: context, status: response.status.code, start: start)
        return response
    }
}
