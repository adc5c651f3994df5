import Foundation

/// Why one call to a provider failed, and whether trying again may help.
enum LLMCallError: Error, Sendable, CustomStringConvertible {
    /// A non-2xx answer; `retryAfter` in seconds when the provider sent `Retry-After`.
    case http(status: Int, retryAfter: Double?, detail: String)
    case transport(TransportError)
    case malformed(String)
    /// The stream broke after text had already reached the customer: neither retry nor fallback can
    /// continue it without repeating words.
    case interruptedAfterText(String)
    case cancelled

    /// 429, 408, 5xx, timeouts, refused connections and streams cut before any text.
    var isRetryable: Bool {
        switch self {
        case .http(let status, _, _): status == 429 || status == 408 || status >= 500
        case .transport(.cancelled): false
        case .transport: true
        case .malformed, .interruptedAfterText, .cancelled: false
        }
    }

    /// Whether this failure says something about the provider's health (the breaker counts these).
    var countsAgainstProvider: Bool {
        switch self {
        case .cancelled, .transport(.cancelled): false
        case .http(let status, _, _): status == 429 || status == 408 || status >= 500
        default: true
        }
    }

    var retryAfter: Double? {
        if case .http(_, let retryAfter, _) = self { return retryAfter }
        return nil
    }

    /// A short label for metrics.
    var kind: String {
        switch self {
        case .http(let status, _, _): "http_\(status)"
        case .transport(.timeout): "timeout"
        case .transport(.connect): "connect"
        case .transport(.interrupted): "interrupted"
        case .transport: "transport"
        case .malformed: "malformed"
        case .interruptedAfterText: "interrupted"
        case .cancelled: "cancelled"
        }
    }

    var description: String {
        switch self {
        case .http(let status, let retryAfter, let detail):
            "HTTP \(status)" + (retryAfter.map { " (Retry-After \($0)s)" } ?? "") + (detail.isEmpty ? "" : ": \(detail)")
        case .transport(let error): "\(error)"
        case .malformed(let detail): "malformed response: \(detail)"
        case .interruptedAfterText(let detail): "stream interrupted after text: \(detail)"
        case .cancelled: "cancelled"
        }
    }

    /// Parses `Retry-After` (delta seconds or an HTTP date).
    static func parseRetryAfter(_ value: String?, now: Date = Date()) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Double(value) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value).map { max(0, $0.timeIntervalSince(now)) }
    }
}
