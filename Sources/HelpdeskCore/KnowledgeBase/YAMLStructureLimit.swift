/// Bounds the work of parsing one knowledge-base file, checked on its bytes before the YAML parser runs.
///
/// Each YAML value (list item, key, value, mapping, list) follows a structure mark: `- `, `:`, `,`, `[`, `{` or `? `,
/// at most two values per mark. Counting the marks bounds the node tree the parser would build, so a 16 MiB file of
/// `a,a,a,...` is refused at once instead of taking gigabytes to parse. Nesting depth is bounded by the parser itself
/// (libyaml stops at `maximumNestingDepth` levels).
public enum YAMLStructureLimit {
    /// Most structure marks in one file: about a million values. The shipped KB's largest file has a few thousand;
    /// a 15,000-example file about 50,000.
    public static let maximumMarks = 500_000
    /// libyaml's nesting limit (`yaml_set_max_nest_level` default), reported in its own words otherwise.
    public static let maximumNestingDepth = 1000

    /// The number of structure marks in the bytes, counting stops just past `limit`.
    public static func marks(in bytes: UnsafeRawBufferPointer, limit: Int = maximumMarks) -> Int {
        var count = 0
        var index = 0
        let end = bytes.count
        while index < end, count <= limit {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "{"):
                count += 1
            case UInt8(ascii: "-"), UInt8(ascii: "?"):
                // Only as an indicator: followed by a space, tab, line break or the end.
                if index == end { count += 1; break }
                switch bytes[index] {
                case 32, 9, 10, 13: count += 1
                default: break
                }
            default:
                break
            }
        }
        return count
    }
}
