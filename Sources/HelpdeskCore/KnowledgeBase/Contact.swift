/// Someone to contact: an organisation or desk, with how and when to reach it.
public struct Contact: Sendable, Equatable {
    public var name: String
    public var phone: String?
    public var hours: String?
    public var url: String?
    public var when: String?

    public init(name: String, phone: String? = nil, hours: String? = nil, url: String? = nil, when: String? = nil) {
        self.name = name
        self.phone = phone
        self.hours = hours
        self.url = url
        self.when = when
    }
}
