import Foundation

/// Loads shops from a data directory, with errors that name the file, the field and the problem.
public enum ShopLoader {
    /// Loads one shop's two files; throws the first problem found.
    public static func load(businessID: String, dataDirectory: URL) throws -> Shop {
        guard isValidBusinessID(businessID) else {
            throw ShopLoadError(file: "businesses/\(businessID).json", field: "business_id",
                                problem: "\"\(businessID)\" is not a valid id (letters, digits, - and _, at most 64)")
        }
        let configName = "businesses/\(businessID).json", catalogueName = "products/\(businessID).json"
        let configData = try read(dataDirectory.appendingPathComponent(configName), fileName: configName)
        let catalogueData = try read(dataDirectory.appendingPathComponent(catalogueName), fileName: catalogueName)
        let config = try decode(BusinessConfig.self, from: configData, fileName: configName)
        let catalogue = try decode(Catalogue.self, from: catalogueData, fileName: catalogueName)
        if let problem = ShopValidator.problems(config: config, businessID: businessID, fileName: configName).first { throw problem }
        if let problem = ShopValidator.problems(catalogue: catalogue, businessID: businessID, fileName: catalogueName).first { throw problem }
        return Shop(config: config, catalogue: catalogue, version: version(configData, catalogueData))
    }

    static func read(_ url: URL, fileName: String) throws -> Data {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ShopLoadError(file: fileName, field: "(file)", problem: "is missing")
        }
        do { return try Data(contentsOf: url) } catch {
            throw ShopLoadError(file: fileName, field: "(file)", problem: "cannot be read: \(error.localizedDescription)")
        }
    }

    /// Decodes `data`, turning a decoding failure into the field path and problem.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, fileName: String) throws -> T {
        do { return try JSONDecoder().decode(T.self, from: data) } catch let error as DecodingError {
            let (field, problem) = describe(error)
            throw ShopLoadError(file: fileName, field: field, problem: problem)
        } catch {
            throw ShopLoadError(file: fileName, field: "(json)", problem: "\(error)")
        }
    }

    static func describe(_ error: DecodingError) -> (String, String) {
        switch error {
        case .keyNotFound(let key, let context):
            return (path(context.codingPath + [key]), "is required but missing")
        case .typeMismatch(let type, let context):
            return (path(context.codingPath), "has the wrong type (expected \(typeName(type)))")
        case .valueNotFound(let type, let context):
            return (path(context.codingPath), "is null (expected \(typeName(type)))")
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            if context.codingPath.isEmpty {
                return ("(json)", "is not valid JSON" + (underlying.map { ": \($0)" } ?? ""))
            }
            return (path(context.codingPath), context.debugDescription)
        @unknown default:
            return ("(json)", "\(error)")
        }
    }

    static func path(_ keys: [CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let i = key.intValue { out += "[\(i)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return out.isEmpty ? "(root)" : out
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Double.Type, is Float.Type: return "a number"
        case is Int.Type: return "an integer"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object"
        }
    }

    /// A short content hash of the shop's files.
    static func version(_ parts: Data...) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for data in parts {
            for byte in data { h ^= UInt64(byte); h = h &* 0x0000_0100_0000_01b3 }
            h ^= 0xff; h = h &* 0x0000_0100_0000_01b3
        }
        return String(h, radix: 16)
    }
}
