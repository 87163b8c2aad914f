/// The release of helpdesk, shown by `--version`.
public enum HelpdeskVersion {
    public static let string = "0.1.0"
}
