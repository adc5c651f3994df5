import Foundation

/// Shop policies in Turkish text, as the configuration gives them.
public struct Policies: Codable, Sendable, Hashable {
    public var shipping: String?
    public var returns: String?
    public var payment: String?
    public var orderStatus: String?
    public var contact: String?
    public var workingHours: String?

    enum CodingKeys: String, CodingKey {
        case shipping, returns, payment, contact
        case orderStatus = "order_status", workingHours = "working_hours"
    }

    public init(shipping: String? = nil, returns: String? = nil, payment: String? = nil, orderStatus: String? = nil,
                contact: String? = nil, workingHours: String? = nil) {
        self.shipping = shipping; self.returns = returns; self.payment = payment
        self.orderStatus = orderStatus; self.contact = contact; self.workingHours = workingHours
    }
}

/// A question and answer the shop wrote itself.
public struct FAQEntry: Codable, Sendable, Hashable {
    public var q: String
    public var a: String
    public init(q: String, a: String) { self.q = q; self.a = a }
}

/// Where a customer reaches a person.
public struct Handoff: Codable, Sendable, Hashable {
    public var phone: String?
    public var whatsapp: String?
    public var email: String?
    public init(phone: String? = nil, whatsapp: String? = nil, email: String? = nil) {
        self.phone = phone; self.whatsapp = whatsapp; self.email = email
    }
}

/// The shop's LLM settings.
public struct LLMSettings: Codable, Sendable, Hashable {
    public var enabled: Bool
    public var dailyBudgetUSD: Double?
    public var monthlyBudgetUSD: Double?
    public var instructions: String?
    public var provider: String?
    public var model: String?

    enum CodingKeys: String, CodingKey {
        case enabled, instructions, provider, model
        case dailyBudgetUSD = "daily_budget_usd", monthlyBudgetUSD = "monthly_budget_usd"
    }

    public init(enabled: Bool = false, dailyBudgetUSD: Double? = nil, monthlyBudgetUSD: Double? = nil,
                instructions: String? = nil, provider: String? = nil, model: String? = nil) {
        self.enabled = enabled; self.dailyBudgetUSD = dailyBudgetUSD; self.monthlyBudgetUSD = monthlyBudgetUSD
        self.instructions = instructions; self.provider = provider; self.model = model
    }
}

/// Requests per minute a shop accepts.
public struct RateLimitSettings: Codable, Sendable, Hashable {
    public var perMinute: Int
    enum CodingKeys: String, CodingKey { case perMinute = "per_minute" }
    public init(perMinute: Int) { self.perMinute = perMinute }
}

/// Conversation tuning (optional in the file; defaults apply).
public struct ConversationSettings: Codable, Sendable, Hashable {
    /// Turns a pending offer stays valid.
    public var offerTurns: Int
    /// Minutes of silence after which a conversation starts over.
    public var idleMinutes: Int
    /// Products shown per answer.
    public var pageSize: Int

    enum CodingKeys: String, CodingKey {
        case offerTurns = "offer_turns", idleMinutes = "idle_minutes", pageSize = "page_size"
    }

    public init(offerTurns: Int = 5, idleMinutes: Int = 20, pageSize: Int = 3) {
        self.offerTurns = offerTurns; self.idleMinutes = idleMinutes; self.pageSize = pageSize
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        offerTurns = try c.decodeIfPresent(Int.self, forKey: .offerTurns) ?? 5
        idleMinutes = try c.decodeIfPresent(Int.self, forKey: .idleMinutes) ?? 20
        pageSize = try c.decodeIfPresent(Int.self, forKey: .pageSize) ?? 3
    }
}

/// A shop's configuration file: `businesses/<business_id>.json`.
public struct BusinessConfig: Codable, Sendable {
    public var businessID: String
    public var name: String
    public var greeting: String?
    public var policies: Policies
    public var faq: [FAQEntry]
    public var handoff: Handoff
    public var allowedOrigins: [String]
    public var llm: LLMSettings
    public var rateLimit: RateLimitSettings?
    public var conversation: ConversationSettings?

    enum CodingKeys: String, CodingKey {
        case businessID = "business_id", name, greeting, policies, faq, handoff, llm, conversation
        case allowedOrigins = "allowed_origins", rateLimit = "rate_limit"
    }

    public init(businessID: String, name: String, greeting: String? = nil, policies: Policies = Policies(),
                faq: [FAQEntry] = [], handoff: Handoff = Handoff(), allowedOrigins: [String] = [],
                llm: LLMSettings = LLMSettings(), rateLimit: RateLimitSettings? = nil,
                conversation: ConversationSettings? = nil) {
        self.businessID = businessID; self.name = name; self.greeting = greeting; self.policies = policies
        self.faq = faq; self.handoff = handoff; self.allowedOrigins = allowedOrigins; self.llm = llm
        self.rateLimit = rateLimit; self.conversation = conversation
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        businessID = try c.decode(String.self, forKey: .businessID)
        name = try c.decode(String.self, forKey: .name)
        greeting = try c.decodeIfPresent(String.self, forKey: .greeting)
        policies = try c.decodeIfPresent(Policies.self, forKey: .policies) ?? Policies()
        faq = try c.decodeIfPresent([FAQEntry].self, forKey: .faq) ?? []
        handoff = try c.decodeIfPresent(Handoff.self, forKey: .handoff) ?? Handoff()
        allowedOrigins = try c.decodeIfPresent([String].self, forKey: .allowedOrigins) ?? []
        llm = try c.decodeIfPresent(LLMSettings.self, forKey: .llm) ?? LLMSettings()
        rateLimit = try c.decodeIfPresent(RateLimitSettings.self, forKey: .rateLimit)
        conversation = try c.decodeIfPresent(ConversationSettings.self, forKey: .conversation)
    }
}
