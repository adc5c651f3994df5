/// A problem in a shop's data file: which file, which field, what is wrong.
public struct ShopLoadError: Error, Sendable, CustomStringConvertible, Codable, Hashable {
    /// Path relative to the data directory ("products/moda-butik.json").
    public var file: String
    /// Field path inside the file ("products[12].price"), "(file)" or "(json)".
    public var field: String
    public var problem: String
    public init(file: String, field: String, problem: String) { self.file = file; self.field = field; self.problem = problem }
    public var description: String { "\(file): \(field): \(problem)" }
}
