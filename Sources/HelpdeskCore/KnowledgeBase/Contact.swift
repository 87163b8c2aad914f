/// Someone to contact: an organisation or desk, with how and when to reach it.
public struct Contact: Sendable, Equatable {
    public var name: String
    public var phone: String?
    public var hours: String?
    public var url: String?
    public var when: String?
    /// The keys among `phone`, `url` and `when` that the file gives but the loader refused (a malformed phone number, a
    /// list for a url), each reported as an error: the linter does not also warn that the contact lacks them. Empty in
    /// a knowledge base that loaded.
    var refusedKeys: Set<String> = []

    public init(name: String, phone: String? = nil, hours: String? = nil, url: String? = nil, when: String? = nil) {
        self.name = name
        self.phone = phone
        self.hours = hours
        self.url = url
        self.when = when
    }
}
