import Commerce

/// Tuning of one engine: the shop's conversation settings plus the classifier's thresholds.
public struct EngineSettings: Sendable, Hashable {
    /// Offer lifespan, idle expiry and page size (from the shop's `conversation` block, else defaults).
    public var conversation: ConversationSettings
    /// Past exchanges kept for the LLM's context.
    public var historyLimit: Int = 8
    /// Characters of each remembered message; the LLM needs the gist, and the state is saved every turn.
    public var historyTextLimit: Int = 300
    /// Least cue weight a policy topic needs before it is believed.
    public var minTopicScore: Double = 0.9
    /// Least lead of the best topic over the runner-up; closer than this is ambiguous → `unknown`.
    public var ambiguityMargin: Double = 0.35
    /// FAQ similarity that beats policy cues.
    public var strongFAQ: Double = 0.75
    /// Least FAQ similarity accepted at all.
    public var minFAQ: Double = 0.45
    /// In-stock alternatives shown for an out-of-stock product.
    public var alternativesLimit: Int = 3

    public init(conversation: ConversationSettings = ConversationSettings()) {
        self.conversation = conversation
    }
}
