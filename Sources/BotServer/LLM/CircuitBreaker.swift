import Foundation
import Synchronization

/// Cools a failing provider down: after `threshold` consecutive failures it stays open for `cooldown`
/// seconds (calls skip it), then lets a single trial call through; success closes it again.
final class CircuitBreaker: Sendable {
    enum State: String, Sendable { case closed, open, halfOpen = "half_open" }

    private struct Inner {
        var failures = 0
        var openUntil: ContinuousClock.Instant?
        var trialInFlight = false
    }

    let threshold: Int
    let cooldown: Duration
    private let inner = Mutex(Inner())

    init(threshold: Int, cooldown: Double) {
        self.threshold = threshold
        self.cooldown = .milliseconds(Int64(cooldown * 1000))
    }

    /// The state now (health reports).
    var state: State {
        inner.withLock { s in
            guard let until = s.openUntil else { return .closed }
            return ContinuousClock.now < until ? .open : .halfOpen
        }
    }

    /// Whether a call may go out now; in half-open state only one trial at a time.
    func allowRequest() -> Bool {
        inner.withLock { s in
            guard let until = s.openUntil else { return true }
            if ContinuousClock.now < until { return false }
            if s.trialInFlight { return false }
            s.trialInFlight = true
            return true
        }
    }

    func recordSuccess() {
        inner.withLock { $0 = Inner() }
    }

    /// Returns true when this failure opened the breaker.
    @discardableResult
    func recordFailure() -> Bool {
        inner.withLock { s in
            s.failures += 1
            let wasOpen = s.openUntil != nil
            if s.trialInFlight || s.failures >= threshold {
                s.openUntil = ContinuousClock.now + cooldown
                s.trialInFlight = false
                return !wasOpen
            }
            return false
        }
    }

    /// A call that ended without telling anything about the provider (cancelled) frees the trial slot.
    func recordNeutral() {
        inner.withLock { $0.trialInFlight = false }
    }
}

/// Exponential backoff with equal jitter (half fixed, half random), so retries never bunch up.
struct Backoff: Sendable {
    var base: Double
    var cap: Double

    /// Seconds to wait before retry number `attempt` (1 = the first retry).
    func delay(attempt: Int) -> Double {
        let ceiling = min(cap, base * pow(2, Double(attempt - 1)))
        return Double.random(in: (ceiling / 2)...max(ceiling / 2, ceiling))
    }
}
