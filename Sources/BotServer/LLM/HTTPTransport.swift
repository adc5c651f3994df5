import Foundation

/// One outgoing HTTP POST to a provider.
struct HTTPCall: Sendable {
    var url: String
    var headers: [(String, String)]
    var body: [UInt8]
    /// Seconds to establish the connection.
    var connectTimeout: Double
    /// Seconds for the whole exchange, streaming included.
    var totalTimeout: Double
}

/// What arrives from the provider, in order: one head, then body bytes as they come.
enum HTTPPart: Sendable {
    /// Status and headers (names lower-cased).
    case head(status: Int, headers: [String: String])
    case body([UInt8])
}

/// Why an HTTP exchange failed below the HTTP level.
enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    case timeout(String)
    case connect(String)
    /// The connection broke while the response was arriving.
    case interrupted(String)
    case cancelled
    case other(String)

    var description: String {
        switch self {
        case .timeout(let m): "timeout: \(m)"
        case .connect(let m): "connect failed: \(m)"
        case .interrupted(let m): "transfer interrupted: \(m)"
        case .cancelled: "cancelled"
        case .other(let m): "transport error: \(m)"
        }
    }
}

/// Sends HTTP requests without blocking the caller's executor. Ending the iteration of the returned
/// stream (or cancelling the task iterating it) aborts the request.
protocol HTTPTransport: Sendable {
    func send(_ call: HTTPCall) -> AsyncThrowingStream<HTTPPart, any Error>
}
