/// The rule for entry ids: kebab-case, lowercase letters and digits joined by single hyphens.
public enum EntryID {
    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, id.first != "-", id.last != "-", !id.contains("--") else { return false }
        return id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }
}
