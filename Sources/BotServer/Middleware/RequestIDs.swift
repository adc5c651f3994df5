import HTTPTypes
import Hummingbird

/// Every request's id: the caller's `X-Request-ID` when it is sane, else a fresh one. The edge
/// middleware echoes it in the `X-Request-ID` response header.
enum RequestIDs {
    static func id(for request: Request) -> String {
        if let sent = request.headers[.xRequestID], isSane(sent) { return sent }
        return RequestID().description
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
